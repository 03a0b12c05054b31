# shellcheck shell=bash
# Helpers shared by etc/scripts/*.sh. Source it; it defines functions and PB_ROOT only.

PB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PB_ROOT

if [ -t 2 ] && [ -z "${NO_COLOR:-}" ]; then _pb_b=$'\033[1;34m' _pb_y=$'\033[1;33m' _pb_r=$'\033[1;31m' _pb_0=$'\033[0m'
else _pb_b='' _pb_y='' _pb_r='' _pb_0=''; fi
pb_log()  { printf '%s==>%s %s\n' "$_pb_b" "$_pb_0" "$*" >&2; }
pb_warn() { printf '%swarning:%s %s\n' "$_pb_y" "$_pb_0" "$*" >&2; }
pb_die()  { printf '%serror:%s %s\n' "$_pb_r" "$_pb_0" "$*" >&2; exit 1; }

# Run a command as root: directly when we are root, through sudo otherwise.
pb_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"
  else pb_die "root is needed for: $* (run as root or install sudo)"; fi
}

_pb_apt_updated=0
# pb_apt_install PKG...: installs Debian packages that are not installed yet.
# 'apt-get update' runs at most once per script run; a held apt lock is waited for.
pb_apt_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || pb_die "missing packages (${missing[*]}) and no apt-get to install them"
  local try
  if [ "$_pb_apt_updated" -eq 0 ]; then
    pb_log "apt-get update"
    for try in 1 2 3 4 5 6; do
      pb_as_root env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 update >&2 && break
      [ "$try" -eq 6 ] && pb_die "apt-get update failed"
      pb_warn "apt-get update failed (try $try), retrying in 10 s"; sleep 10
    done
    _pb_apt_updated=1
  fi
  pb_log "apt-get install ${missing[*]}"
  for try in 1 2 3; do
    pb_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300 \
      --no-install-recommends "${missing[@]}" >&2 && return 0
    [ "$try" -eq 3 ] && pb_die "apt-get install ${missing[*]} failed"
    pb_warn "apt-get install failed (try $try), retrying in 10 s"; sleep 10
  done
}

# pb_port_busy PORT: true when something listens on 127.0.0.1:PORT.
pb_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# pb_free_port: prints a TCP port on 127.0.0.1 that nothing listens on (below the ephemeral range).
pb_free_port() {
  local p i
  for i in $(seq 1 200); do
    p=$(( 20000 + (RANDOM * 32768 + RANDOM + i) % 12000 ))
    pb_port_busy "$p" || { echo "$p"; return 0; }
  done
  pb_die "no free TCP port found"
}

# pb_require_dotnet: the .NET 10 SDK must be on PATH.
pb_require_dotnet() {
  command -v dotnet >/dev/null 2>&1 || pb_die "dotnet not found: install the .NET 10 SDK (https://dot.net)"
  dotnet --list-sdks 2>/dev/null | grep -q '^10\.' || pb_die "the .NET 10 SDK is required; found: $(dotnet --list-sdks | tr '\n' ' ')"
}

# pb_require_node: Node.js >= 20.19 and npm must be on PATH (Angular 21).
pb_require_node() {
  command -v node >/dev/null 2>&1 || pb_die "node not found: install Node.js 20.19+ (or 22 LTS) with npm"
  command -v npm  >/dev/null 2>&1 || pb_die "npm not found: install npm with Node.js"
  local v major minor
  v=$(node --version); v=${v#v}; major=${v%%.*}; minor=${v#*.}; minor=${minor%%.*}
  if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; }; then
    pb_die "Node.js $v is too old: Angular 21 needs 20.19+ or 22.12+"
  fi
}

# pb_host_dll: prints the path of the built Release host assembly.
pb_host_dll() {
  local proj="$PB_ROOT/src/PartyBuilding.HttpApi.Host/PartyBuilding.HttpApi.Host.csproj" dll
  dll=$(dotnet msbuild "$proj" -nologo -getProperty:TargetPath -p:Configuration=Release 2>/dev/null | tail -n 1)
  [ -n "$dll" ] || dll="$PB_ROOT/src/PartyBuilding.HttpApi.Host/bin/Release/net10.0/PartyBuilding.HttpApi.Host.dll"
  echo "$dll"
}

# pb_wait_http URL SECONDS [PID]: waits until URL answers 2xx; fails early when PID has exited.
pb_wait_http() {
  local url=$1 secs=$2 pid=${3:-} i
  for i in $(seq 1 $(( secs * 2 ))); do
    if curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; then return 0; fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    sleep 0.5
  done
  return 1
}

# Prints the personal data key kept in DIR/personal-data.key, creating a random one (mode 600) the first time.
pb_personal_data_key() {
  local dir=$1 file
  mkdir -p "$dir"
  file="$dir/personal-data.key"
  if [ ! -s "$file" ]; then
    (umask 077 && head -c 32 /dev/urandom | base64 -w0 >"$file")
  fi
  cat "$file"
}
