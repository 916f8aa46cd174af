#!/usr/bin/env bash
# The one test command (README, CI): installs what the tests need when missing, builds warning-free,
# and runs every test project. PostgreSQL and the web app are started by the tests themselves.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (Debian packages the tests use)…"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
fi
# The tests start their own throw-away cluster; the package's default one is not needed.
if command -v pg_lsclusters >/dev/null 2>&1 && pg_lsclusters -h 2>/dev/null | grep -q online; then
  echo "Note: a system PostgreSQL cluster is running; the tests use their own on a free port."
fi

dotnet build Platform.sln -c Release -warnaserror -nologo -clp:ErrorsOnly
dotnet test Platform.sln -c Release --no-build -nologo "$@"
