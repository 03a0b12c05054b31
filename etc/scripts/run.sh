#!/usr/bin/env bash
# Runs PartyBuilding on this machine: builds the Angular console into the host's wwwroot, builds the host,
# and starts it on SQLite with the demo data. Ctrl+C stops it; the data stays in ./data for the next run.
#
#   bash etc/scripts/run.sh [--port N] [--skip-ui]
#
# Environment (all optional):
#   PORT=5080  BIND=127.0.0.1             where the host listens
#   DATA_DIR=./data                       folder of the SQLite file (when ConnectionStrings__Default is unset)
#   Database__Provider=Sqlite|PostgreSql  ConnectionStrings__Default=...
#   Host__AdminPassword=Admin#2026pb      password of the host user 'admin' (required by the host)
#   Encryption__PersonalDataKey=<base64>  32-byte key for ID numbers (default: created in DATA_DIR/personal-data.key)
#   Demo__Seed=true                       seed the demo committee 'linxi' and its users
#   ASPNETCORE_ENVIRONMENT=Production
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT=${PORT:-5080}
BIND=${BIND:-127.0.0.1}
SKIP_UI=0
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT=${2:?--port needs a value}; shift 2 ;;
    --port=*) PORT=${1#--port=}; shift ;;
    --skip-ui) SKIP_UI=1; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) pb_die "unknown argument: $1 (try --help)" ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NG_CLI_ANALYTICS=false
HOST_DIR="$PB_ROOT/src/PartyBuilding.HttpApi.Host"
HOST_PROJ="$HOST_DIR/PartyBuilding.HttpApi.Host.csproj"

pb_require_dotnet
command -v curl >/dev/null 2>&1 || pb_die "curl not found (apt-get install curl)"
if pb_port_busy "$PORT"; then pb_die "port $PORT is in use; choose another: PORT=5081 bash etc/scripts/run.sh"; fi

# 1. The console: angular.json writes the browser bundle into the host's wwwroot.
#    It is built before the host, so that the host's build sees the files in wwwroot.
if [ "$SKIP_UI" -eq 1 ]; then
  pb_log "skipping the console build (--skip-ui)"
elif [ ! -f "$PB_ROOT/angular/package.json" ]; then
  pb_warn "angular/package.json not found: starting the API without the console"
else
  pb_require_node
  cd "$PB_ROOT/angular"
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    pb_log "npm ci (angular/)"
    npm ci --no-audit --no-fund
  fi
  pb_log "ng build (angular/ -> src/PartyBuilding.HttpApi.Host/wwwroot)"
  npx ng build
  [ -f "$HOST_DIR/wwwroot/index.html" ] || pb_warn "no wwwroot/index.html after ng build: check outputPath in angular/angular.json"
fi

# 2. The host.
pb_log "dotnet build src/PartyBuilding.HttpApi.Host (Release)"
dotnet build "$HOST_PROJ" -c Release -nologo -v q
DLL=$(pb_host_dll)
[ -f "$DLL" ] || pb_die "host assembly not found: $DLL"

# 3. Configuration (environment variables override appsettings.json).
export Database__Provider=${Database__Provider:-Sqlite}
if [ -z "${ConnectionStrings__Default:-}" ]; then
  if [ "$Database__Provider" = "Sqlite" ]; then
    DATA_DIR=${DATA_DIR:-$PB_ROOT/data}
    mkdir -p "$DATA_DIR"
    DATA_DIR=$(cd "$DATA_DIR" && pwd)
    export ConnectionStrings__Default="Data Source=$DATA_DIR/partybuilding.db"
  else
    pb_die "Database__Provider=$Database__Provider needs ConnectionStrings__Default"
  fi
fi
ADMIN_PASSWORD_NOTE=""
if [ -z "${Host__AdminPassword:-}" ]; then
  export Host__AdminPassword='Admin#2026pb'
else
  ADMIN_PASSWORD_NOTE=" (from your Host__AdminPassword)"
fi
if [ -z "${Encryption__PersonalDataKey:-}" ]; then
  # The key that encrypts ID numbers lives beside the data it protects, never in the repository.
  KEY_DIR=${DATA_DIR:-$PB_ROOT/data}
  Encryption__PersonalDataKey=$(pb_personal_data_key "$KEY_DIR")
  export Encryption__PersonalDataKey
  pb_log "personal data key: $KEY_DIR/personal-data.key (keep it with the database; without it ID numbers cannot be read)"
fi
export Demo__Seed=${Demo__Seed:-true}
export Database__AutoMigrate=${Database__AutoMigrate:-true}
URL="http://$BIND:$PORT"
case "$BIND" in 0.0.0.0|'*'|'+'|'[::]') LOCAL_URL="http://127.0.0.1:$PORT" ;; *) LOCAL_URL=$URL ;; esac

# 4. Start it from its project folder (the content root holds wwwroot and appsettings.json).
pb_log "starting the host on $URL ($Database__Provider)"
cd "$HOST_DIR"
dotnet "$DLL" --contentRoot "$HOST_DIR" --urls "$URL" &
HOST_PID=$!
stop_host() { kill -TERM "$HOST_PID" 2>/dev/null || true; wait "$HOST_PID" 2>/dev/null || true; }
trap 'stop_host; exit 130' INT TERM
trap 'kill -TERM "$HOST_PID" 2>/dev/null || true' EXIT

if ! pb_wait_http "$LOCAL_URL/health/ready" 180 "$HOST_PID"; then
  stop_host
  pb_die "the host did not become ready at $LOCAL_URL/health/ready (see its output above)"
fi

DB_SHOWN=$Database__Provider
[ "$Database__Provider" = "Sqlite" ] && DB_SHOWN="Sqlite (${ConnectionStrings__Default#Data Source=})"
ADMIN_PW_SHOWN=$Host__AdminPassword
[ -n "$ADMIN_PASSWORD_NOTE" ] && ADMIN_PW_SHOWN='<your Host__AdminPassword>'
cat <<EOF

  PartyBuilding 党建e平台 is running:  $LOCAL_URL/
    API documentation   $LOCAL_URL/swagger
    Health              $LOCAL_URL/health/ready
    Database            $DB_SHOWN

  Logins (committee code / user name / password):
    (empty)  admin            $ADMIN_PW_SHOWN    host: 组织部 administrator$ADMIN_PASSWORD_NOTE
EOF
if [ "${Demo__Seed,,}" = "true" ] && [ "${Database__AutoMigrate,,}" != "true" ]; then
  echo "    (demo users exist only if the DbMigrator ran with Demo__Seed=true: this host does not migrate or seed)"
elif [ "${Demo__Seed,,}" = "true" ]; then
cat <<'EOF'
    linxi    linxi.admin      Demo#2026pb     CommitteeAdmin    林西县政务服务联合党委
    linxi    linxi.officer    Demo#2026pb     CommitteeOfficer
    linxi    linxi.secretary  Demo#2026pb     BranchSecretary
    linxi    linxi.member     Demo#2026pb     Member
EOF
fi
printf '\n  Press Ctrl+C to stop.\n\n'

wait "$HOST_PID"
