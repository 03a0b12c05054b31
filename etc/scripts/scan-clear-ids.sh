#!/usr/bin/env bash
# Scans files for clear Chinese ID numbers (GB 11643-1999): 18 characters, 17 digits and a check character,
# standing alone (no digit either side), whose check character is right and whose digits 7-14 are a date
# between 1900 and 2099. Any 18-digit number with a valid check character would do for the standard; the date
# keeps the 1-in-11 chance hits of other long numbers (e.g. .NET ticks) out, and every real ID number has one.
#
#   bash etc/scripts/scan-clear-ids.sh PATH...     (folders are scanned recursively)
#
# Before scanning it proves itself on planted numbers (a valid one must be found, near misses must not).
# Exits 1 listing file:line with the number masked on any hit, 2 when the self-test fails or a PATH is missing.
# With PB_RELIABILITY_REPORT set, writes clear-id-logs.All.json there: the files, lines and hits counted.
set -uo pipefail

[ $# -gt 0 ] || { echo "usage: $0 PATH..." >&2; exit 2; }

# scan PATH...: prints 'file:line: 150***********1234' per hit, and nothing else.
scan() {
  LC_ALL=C grep -rHnoaP '(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])' "$@" 2>/dev/null | LC_ALL=C awk -F: '
    BEGIN {
      split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", weight, " ")
      check = "10X98765432"
      split("31 29 31 30 31 30 31 31 30 31 30 31", days, " ")
    }
    {
      number = $NF
      line = $(NF - 1)
      file = substr($0, 1, length($0) - length(number) - length(line) - 2)
      sum = 0
      for (i = 1; i <= 17; i++) sum += substr(number, i, 1) * weight[i]
      if (toupper(substr(number, 18, 1)) != substr(check, sum % 11 + 1, 1)) next
      year = substr(number, 7, 4) + 0; month = substr(number, 11, 2) + 0; day = substr(number, 13, 2) + 0
      if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > days[month]) next
      if (month == 2 && day == 29 && (year % 4 != 0 || (year % 100 == 0 && year % 400 != 0))) next
      print file ":" line ": " substr(number, 1, 3) "***********" substr(number, 15, 4)
    }'
}

# ---------------------------------------------------------------- self-test
planted=$(mktemp -d)
trap 'rm -rf "$planted"' EXIT
{
  echo 'member created, id 15042419900307108X in the middle of a line'   # valid: must be found
  echo 'same number with a wrong check character 150424199003071081'
  echo 'inside a longer digit run 915042419900307108X'
  echo 'a right check character but no such date 150424199002301218'
  echo 'ticks with a right check character 639000123456789018, and a masked 150***********108X'
} >"$planted/sample.log"
self=$(scan "$planted")
expected="$planted/sample.log:1: 150***********108X"
if [ "$self" != "$expected" ]; then
  echo "scan-clear-ids self-test failed: expected exactly '$expected', got:" >&2
  printf '%s\n' "${self:-<nothing>}" >&2
  exit 2
fi

# ---------------------------------------------------------------- scan
for path in "$@"; do
  [ -e "$path" ] || { echo "scan-clear-ids: $path does not exist" >&2; exit 2; }
done
files=$(find "$@" -type f | wc -l)
lines=$(find "$@" -type f -exec cat {} + | wc -l)
hits=$(scan "$@")
hit_count=0
[ -n "$hits" ] && hit_count=$(printf '%s\n' "$hits" | wc -l)

echo "scan-clear-ids: $files files, $lines lines scanned, $hit_count clear ID numbers found"
if [ -n "${PB_RELIABILITY_REPORT:-}" ]; then
  mkdir -p "$PB_RELIABILITY_REPORT"
  printf '{"check":"clear-id-logs","provider":"All","summary":"%s","figures":{"files":%d,"lines":%d,"hits":%d},"recordedAt":"%s"}\n' \
    "$files files, $lines lines, $hit_count clear ID numbers" "$files" "$lines" "$hit_count" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    >"$PB_RELIABILITY_REPORT/clear-id-logs.All.json"
fi
if [ "$hit_count" -gt 0 ]; then
  printf '%s\n' "$hits"
  exit 1
fi
