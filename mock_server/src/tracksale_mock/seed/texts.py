"""Portuguese texts the seed generator draws from: comments, notes, labels."""

from __future__ import annotations

PROMOTER_COMMENTS = (
    "Atendimento rápido e cordial.",
    "Adorei a experiência, voltarei com certeza!",
    "Equipe muito atenciosa.<br>Resolveram tudo na hora.",
    "Produto chegou antes do prazo e bem embalado.",
    "Melhor loja da região, recomendo a todos.",
    "Suporte excelente pelo WhatsApp.",
    "Preço justo e ótima qualidade.",
    "Fui muito bem atendida pela vendedora.\nParabéns à equipe!",
    "Tudo perfeito, do pedido à entrega.",
    "Gostei muito do acompanhamento pós-venda.",
)
PASSIVE_COMMENTS = (
    "Bom atendimento, mas a fila estava grande.",
    "Produto bom, entrega poderia ser mais rápida.",
    "Gostei, mas achei o preço um pouco alto.",
    "Resolveram meu problema, porém demorou.",
    "Experiência razoável.<br>Poderia melhorar a comunicação.",
    "O site é confuso, mas o produto é bom.",
)
DETRACTOR_COMMENTS = (
    "A entrega atrasou uma semana e ninguém avisou.",
    "Produto veio com defeito e a troca está demorando.",
    "Atendimento demorado, precisei ligar três vezes.",
    "Cobrança em duplicidade no cartão!",
    "Fui mal atendido na loja.\nNinguém sabia responder minhas dúvidas.",
    "O aplicativo trava na hora de pagar.",
    "Preço muito acima da concorrência.",
    "Embalagem chegou aberta.<br>Faltavam peças.",
)
SUGGESTIONS = (
    "Poderiam ter mais cores.",
    "Aumentar o horário de atendimento aos sábados.",
    "Enviar o código de rastreio por SMS.",
    "Ter mais opções de pagamento.",
    "Melhorar o estacionamento da loja.",
    "Um programa de fidelidade seria ótimo.",
)
REVIEW_COMMENTS = (
    "Produto excelente.",
    "Material de boa qualidade.",
    "Tamanho menor do que o esperado.",
    "Cumpre o que promete.",
)
NOTES = (
    "Cliente contatado por telefone.",
    "Enviado cupom de desconto como cortesia.",
    "Aguardando retorno do cliente.",
    "Troca aprovada pela gerência.",
    "Problema resolvido, cliente satisfeito.",
    "Encaminhado para a equipe de logística.",
)
# Justification names: plain, or JSON-encoded translation maps as some accounts have.
JUSTIFICATIONS: dict[str, tuple[str, ...]] = {
    "Atendimento": ("Rapidez", '{"pt-br":"Cordialidade","en":"Kindness"}', "Conhecimento"),
    "Produto": ("Qualidade", "Variedade"),
    "Entrega": ("Prazo", "Embalagem"),
    '{"pt-br":"Preço","en":"Price"}': (),
}
STORES = ("Paulista", "Centro", "Barra", "Savassi", "Moinhos", "Boa Viagem")
PRODUCTS = ("Plano Anual", "Plano Mensal", "Kit Inicial", "Assinatura Premium")
REGIONS = ("Sudeste", "Sul", "Nordeste", "Centro-Oeste")
AREA_CODES = ("11", "21", "31", "41", "51", "61", "71", "81", "85", "19")
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")
