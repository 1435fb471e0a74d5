#!/usr/bin/env bash
# Debian packages the tests need; installed only when missing (the README's `make test` must pass
# on a fresh machine). Nothing here is needed by `make run`.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource)
[ -f /usr/share/i18n/locales/tr_TR ] && command -v localedef >/dev/null 2>&1 || need+=(locales)   # a Latin locale for test_hostile_round39
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
# Another apt run (an unattended upgrade, a second checkout's setup) holds the lock for a while: wait for it.
wait_lock=(-o DPkg::Lock::Timeout=600)
$SUDO apt-get "${wait_lock[@]}" update -qq >/dev/null
$SUDO apt-get "${wait_lock[@]}" install -y -qq --no-install-recommends "${need[@]}" >/dev/null
