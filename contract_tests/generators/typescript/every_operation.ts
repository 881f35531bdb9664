// Calls every operation of both documents through the clients other teams generate:
// openapi-generator's typescript-fetch (./tsf-v2, ./tsf-v3) and openapi-typescript types
// (./v2, ./v3) with openapi-fetch. Generated next to this file by
// contract_tests/generators; type-checked with `tsc --strict`, then run with node.
//
// ONE setting reaches everything: TRACKSALE_BASE_URL. Unset, each client keeps its
// document's host (api.tracksale.co, apiv3.track.co); set, both go there (the mock).
// Exits 1 on the first non-2xx answer or unexpected reply.
import createClient from "openapi-fetch";
import * as V2 from "./tsf-v2";
import * as V3 from "./tsf-v3";
import type { paths as V2Paths } from "./v2";
import type { paths as V3Paths } from "./v3";

const baseUrl = process.env.TRACKSALE_BASE_URL;
const token = process.env.TRACKSALE_TOKEN ?? "tracksale-mock-token";
const widgetKey = process.env.TRACKSALE_WIDGET_KEY ?? "";
const now = Math.floor(Date.now() / 1000);
let calls = 0;

function expect(condition: boolean, what: string): void {
  if (!condition) throw new Error(`unexpected reply: ${what}`);
}

function done(operation: string, detail = ""): void {
  calls += 1;
  console.log(`ok ${operation}${detail ? ` (${detail})` : ""}`);
}

// ---- openapi-generator typescript-fetch -------------------------------------------
async function withTypescriptFetch(): Promise<void> {
  const auth = { accessToken: async () => token };
  const v2 = new V2.Configuration({ basePath: baseUrl, ...auth });
  const v3 = new V3.Configuration({ basePath: baseUrl, ...auth });
  const campaigns = new V2.CampaignsApi(v2);
  const dispatches = new V2.DispatchesApi(v2);
  const answers = new V2.AnswersApi(v2);
  const reports = new V2.ReportsApi(v2);
  const paged = new V3.ReportsApi(v3);

  const list = await campaigns.listCampaigns({ dispatchLimits: "1" });
  const campaign = list.find((c) => c.mainChannel === "email");
  expect(campaign !== undefined, "an email campaign");
  const code = campaign!.code;
  done("listCampaigns", `${list.length} campaigns`);
  const [one] = await campaigns.getCampaign({ campaignCode: code });
  expect(one.code === code, "getCampaign's code");
  done("getCampaign");
  await new V2.WidgetsApi(v2).getWidget({ key: widgetKey });
  done("getWidget");
  await campaigns.checkCanImpact({ campaignCode: code, canImpactRequest: { email: "tsf@example.com" } });
  done("checkCanImpact");
  const customer = { name: "TS Fetch", email: `tsf-${now}@example.com` };
  await campaigns.createSurveyLinks({ campaignCode: code, surveyLinksRequest: { customers: [customer] } });
  done("createSurveyLinks");

  const draft = await dispatches.dispatchCustomers({ campaignCode: code, dispatchRequest: { customers: [customer] } });
  expect(draft.status.inserted === 1 && draft.dispatchCode != null, "one customer in a draft lot");
  done("dispatchCustomers", "draft");
  const scheduled = await dispatches.dispatchCustomers({
    campaignCode: code,
    // A digit string, as PHP's date("U") sends it: UnixTimeInput is `number | string`.
    dispatchRequest: { customers: [{ ...customer, email: `tsf-s-${now}@example.com` }], scheduleTime: String(now + 3600) },
  });
  expect(scheduled.status.inserted === 1, "a scheduled dispatch");
  const drafts = await dispatches.listDraftLots({ campaignCode: code });
  expect(drafts.lot.some((lot) => lot.code === draft.dispatchCode), "the draft is listed");
  done("listDraftLots");
  const sent = await dispatches.sendDispatchLot({ campaignCode: code, dispatchCode: draft.dispatchCode!, sendLotRequest: { time: 0 } });
  expect(sent.customers >= 1, "the sent lot's customers");
  done("sendDispatchLot");
  const another = await dispatches.dispatchCustomers({ campaignCode: code, dispatchRequest: { customers: [{ ...customer, email: `tsf-d-${now}@example.com` }] } });
  await dispatches.discardDraftLot({ campaignCode: code, lotCode: another.dispatchCode! });
  done("discardDraftLot");

  const inserted = await answers.insertAnswer({
    returnAnswerId: "1",
    // campaign_code as listCampaigns gives it (a number); create_time as a digit string.
    answerRequest: { campaignCode: code, answers: [{ ...customer, score: 9, createTime: String(now) }] },
  });
  expect(inserted.status.inserted === 1 && inserted.answers?.length === 1, inserted.msg);
  const answerId = inserted.answers![0].answerId;
  done("insertAnswer");
  const replies: V2.QuestionAnswer[] = one.questions.map((q) => {
    switch (q.type) {
      case V2.QuestionType.SingleChoice:
        return { questionId: q.id, option: (q.options ?? [])[0] };
      case V2.QuestionType.OpenQuestion:
        return { questionId: q.id, comment: "Gerado pelo typescript-fetch." };
      case V2.QuestionType.Csat:
      case V2.QuestionType.Review:
        return { questionId: q.id, score: 4 };
      default:
        return { questionId: q.id, score: 9 };
    }
  });
  const all = await answers.insertAnswers({
    answersRequest: { campaignCode: String(code), data: [{ ...customer, email: `tsf-a-${now}@example.com`, answers: replies }] },
  });
  expect(all.status.inserted === 1, all.msg);
  done("insertAnswers");
  // The request bodies are unions: each alternative is a plain object literal.
  const byId: V2.NoteRequest = { comment: "Contatado.", answerId };
  await answers.insertNote({ noteRequest: byId });
  done("insertNote");
  const byCustomer: V2.FillEmptyTagsRequest = { customer: { email: customer.email }, tags: [{ name: "Origem", value: "TS" }] };
  const tagged = await answers.fillEmptyTags({ fillEmptyTagsRequest: byCustomer });
  expect(tagged.answerId === answerId, "the tagged answer");
  done("fillEmptyTags");

  await reports.getAnswerReport({});
  done("getAnswerReport");
  await reports.getDispatchReport({});
  done("getDispatchReport");
  await reports.getNpsReport({});
  done("getNpsReport");
  await reports.getCategoryReport({});
  done("getCategoryReport");
  await reports.getStatusReport({});
  done("getStatusReport");
  await paged.listPagedDispatches({ limit: 100 });
  done("listPagedDispatches");
  const lot = await paged.getPagedDispatchLot({ dispatchCode: draft.dispatchCode! });
  expect(lot.data.length >= 1, "the sent lot's rows");
  done("getPagedDispatchLot");
}

// ---- openapi-typescript + openapi-fetch ---------------------------------------------
async function withOpenapiFetch(): Promise<void> {
  const headers = { Authorization: `bearer ${token}` };
  const v2 = createClient<V2Paths>({ baseUrl: baseUrl ?? "https://api.tracksale.co", headers });
  const v3 = createClient<V3Paths>({ baseUrl: baseUrl ?? "https://apiv3.track.co", headers });

  function ok<T>(operation: string, result: { data?: T; error?: unknown; response: Response }): T {
    if (!result.response.ok || result.data === undefined) {
      throw new Error(`${operation}: HTTP ${result.response.status} ${JSON.stringify(result.error)}`);
    }
    done(operation);
    return result.data;
  }

  const list = ok("listCampaigns", await v2.GET("/v2/campaign", { params: { query: { dispatch_limits: "1" } } }));
  const campaign = list.find((c) => c.main_channel === "email");
  expect(campaign !== undefined, "an email campaign");
  const campaign_code = campaign!.code;
  const path = { campaign_code };
  const [one] = ok("getCampaign", await v2.GET("/v2/campaign/{campaign_code}", { params: { path } }));
  ok("getWidget", await v2.GET("/v2/widget/{key}", { params: { path: { key: widgetKey } } }));
  ok("checkCanImpact", await v2.POST("/v2/campaign/{campaign_code}/can-impact", { params: { path }, body: { email: "of@example.com" } }));
  const customer = { name: "Openapi Fetch", email: `of-${now}@example.com` };
  ok("createSurveyLinks", await v2.POST("/v2/campaign/{campaign_code}/survey-links", { params: { path }, body: { customers: [customer] } }));
  const draft = ok("dispatchCustomers", await v2.POST("/v2/campaign/{campaign_code}/dispatch", { params: { path }, body: { customers: [customer] } }));
  expect(draft.dispatch_code != null, "a draft lot");
  const dispatch_code = draft.dispatch_code!;
  ok("listDraftLots", await v2.GET("/v2/campaign/{campaign_code}/draft-lot", { params: { path } }));
  ok("sendDispatchLot", await v2.POST("/v2/campaign/{campaign_code}/dispatch/{dispatch_code}", {
    params: { path: { campaign_code, dispatch_code } },
    body: { time: String(now) },
  }));
  const another = ok("dispatchCustomers", await v2.POST("/v2/campaign/{campaign_code}/dispatch", {
    params: { path },
    body: { customers: [{ ...customer, email: `of-d-${now}@example.com` }] },
  }));
  ok("discardDraftLot", await v2.POST("/v2/campaign/{campaign_code}/discard-lot/{lot_code}", {
    params: { path: { campaign_code, lot_code: another.dispatch_code! } },
  }));
  const inserted = ok("insertAnswer", await v2.POST("/v2/answer", {
    params: { query: { return_answer_id: "1" } },
    body: { campaign_code, answers: [{ ...customer, score: 10, create_time: now }] },
  }));
  expect(inserted.status.inserted === 1, inserted.msg);
  const answer_id = inserted.answers![0].answer_id;
  const replies = one.questions.map((q) => {
    if (q.type === "Single Choice") return { question_id: q.id, option: (q.options ?? [])[0] };
    if (q.type === "Open Question") return { question_id: q.id, comment: "Gerado pelo openapi-fetch." };
    return { question_id: q.id, score: q.type === "CSAT" || q.type === "Review" ? "5" : 10 };
  });
  const all = ok("insertAnswers", await v2.POST("/v2/answers", {
    body: { campaign_code, data: [{ ...customer, email: `of-a-${now}@example.com`, answers: replies }] },
  }));
  expect(all.status.inserted === 1, all.msg);
  ok("insertNote", await v2.POST("/v2/note", { body: { comment: "Contatado.", answer_id } }));
  ok("fillEmptyTags", await v2.POST("/v2/fill-empty-tags", { body: { answer_id, tags: [{ name: "Origem", value: "OF" }] } }));
  ok("getAnswerReport", await v2.GET("/v2/report/answer", {}));
  ok("getDispatchReport", await v2.GET("/v2/report/dispatch", {}));
  ok("getNpsReport", await v2.GET("/v2/report/nps", {}));
  ok("getCategoryReport", await v2.GET("/v2/report/category", {}));
  ok("getStatusReport", await v2.GET("/v2/report/status", {}));
  ok("listPagedDispatches", await v3.GET("/dispatch", { params: { query: { limit: 100 } } }));
  ok("getPagedDispatchLot", await v3.GET("/dispatch/{dispatch_code}", { params: { path: { dispatch_code } } }));
}

async function main(): Promise<void> {
  if (!baseUrl) throw new Error("set TRACKSALE_BASE_URL (this program writes to the server it calls)");
  await withTypescriptFetch();
  await withOpenapiFetch();
  console.log(`all ${calls} calls answered 2xx`);
}

main().catch(async (error: unknown) => {
  if (error instanceof V2.ResponseError || error instanceof V3.ResponseError) {
    console.error(`HTTP ${error.response.status} ${error.response.url}: ${await error.response.text()}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
