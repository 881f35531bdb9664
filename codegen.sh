#!/usr/bin/env bash
# Regenerate generated_client/tracksale_generated/ from openapi/tracksale.yaml and
# openapi/tracksale-v3.yaml (joined into one document by tracksale_contract).
#   ./codegen.sh          validate the document, then regenerate the client in place
#   ./codegen.sh --check  regenerate into a temporary folder and fail, naming the
#                         files, when the committed client differs
# Works from any directory; needs only `uv` (the README's set-up).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
config="$root/codegen.yaml"
target="$root/generated_client/tracksale_generated"
templates="$root/codegen_templates"

mode="write"
case "${1:-}" in
  "") ;;
  --check) mode="check" ;;
  -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "codegen.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
esac

cd "$root"
echo "codegen: validating openapi/tracksale.yaml and openapi/tracksale-v3.yaml (prance, openapi-spec-validator, strict)"
uv run --quiet python -m tracksale_contract validate

work="$(mktemp -d)"
mkdir "$work/generated_client"
trap 'rm -rf "$work"' EXIT
spec="$work/tracksale-whole.yaml"
uv run --quiet python -m tracksale_contract whole "$spec"

echo "codegen: generating with openapi-python-client $(uv run --quiet openapi-python-client --version | awk '{print $NF}')"
template_args=()
if [ -d "$templates" ]; then
  template_args=(--custom-template-path "$templates")
fi
uv run --quiet openapi-python-client generate \
  --path "$spec" \
  --config "$config" \
  --meta none \
  --output-path "$work/generated_client/tracksale_generated" \
  "${template_args[@]}" >/dev/null
# PEP 561: the package ships its types (the generator writes the marker only with --meta).
printf '# Marker file for PEP 561\n' >"$work/generated_client/tracksale_generated/py.typed"

if [ "$mode" = "check" ]; then
  if diff -r -q -x __pycache__ "$target" "$work/generated_client/tracksale_generated" >"$work/diff.txt"; then
    echo "codegen: generated_client/ matches the document"
    exit 0
  fi
  echo "codegen: generated_client/ is out of date with openapi/tracksale*.yaml:" >&2
  sed -e "s|$work/||g" -e "s|$root/||g" "$work/diff.txt" >&2
  echo "codegen: run ./codegen.sh and commit the result" >&2
  exit 1
fi

rm -rf "$target"
mv "$work/generated_client/tracksale_generated" "$target"
echo "codegen: wrote $(find "$target" -name '*.py' | wc -l) files to generated_client/"
