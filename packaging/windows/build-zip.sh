#!/usr/bin/env bash
# Builds the Windows package, engine/target/wuhealth-VERSION-windows-x64.zip: the launcher, the
# jars (with the precompiled rules), the samples, the scheduled tasks and the remoting script, and
# a Java runtime, so that a server needs nothing installed. The runtime is the jlinked Temurin 17
# JRE of an npm package (no registry this build reaches serves Windows jmods to jlink a smaller
# one), trimmed of files a command-line program never loads (listed in runtime/README-wuhealth.txt).
# Also checks the PowerShell script with a PowerShell grammar (tree-sitter) before shipping it.
#
# Usage: packaging/windows/build-zip.sh   (after `mvn package`; needs npm and the network to the
#        npm registry the first time; the downloads are cached)
# Environment: WUHEALTH_CACHE  where downloads are kept (default ~/.cache/wuhealth)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cache="${WUHEALTH_CACHE:-$HOME/.cache/wuhealth}"
JRE_PACKAGE="@node-plantuml-2/jre-win32-x64@1.1.8"
# npm's integrity of that tarball, checked here too: the runtime is the one that was reviewed.
JRE_INTEGRITY="sha512-tMY4zs+KhMlXVIPVFOqE1GOscDgJPFcjOClvL5XewB+sdLGakkjUxuHt8YjVW8TjCUi+AbQlE7neaXtNoYS8hA=="
GRAMMAR_PACKAGE="tree-sitter-powershell@0.26.4"
PARSER_PACKAGE="web-tree-sitter@0.27.2"
# Files of the JRE that a command-line program never loads: desktop toolkit natives, import
# libraries, font configuration, the CDS class list, keytool and javaw.
LEFT_OUT=(
  bin/awt.dll bin/fontmanager.dll bin/freetype.dll bin/javajpeg.dll bin/jawt.dll bin/jsound.dll
  bin/lcms.dll bin/mlib_image.dll bin/splashscreen.dll bin/javaw.exe bin/keytool.exe
  lib/jvm.lib lib/jawt.lib lib/fontconfig.bfc lib/fontconfig.properties.src
  lib/psfont.properties.ja lib/psfontj2d.properties lib/classlist
)

say() { echo "windows-zip: $*"; }
fail() { say "FAILED: $*" >&2; exit 1; }

version="$(sed -n 's/^version=//p' "$repo/engine/target/classes/wuhealth-version.properties" 2>/dev/null || true)"
dist="$repo/engine/target/dist/lib"
[ -n "$version" ] && [ -f "$dist/wuhealth.jar" ] || fail "not built yet: run mvn -B -ntp -q package -DskipTests"
# The benchmarks are test code (engine/src/test/java/org/wuhealth/bench): none may ship.
for jar in "$dist"/wuhealth.jar "$dist"/facts-collector-*.jar "$dist"/rules-*.jar; do
  [ -f "$jar" ] || fail "no $jar"
  benches="$(jar --list --file "$jar" | grep -E '^org/wuhealth/bench/.+\.class$|Bench[^/]*\.class$' || true)"
  [ -z "$benches" ] || fail "$jar holds benchmark classes: ${benches//$'\n'/ }"
done

# npm pack downloads a tarball without installing it (the JRE package refuses to install off Windows).
npm_tarball() { # SPEC DIR -> path of the tarball
  local spec=$1 dir=$2
  mkdir -p "$dir"
  if ! ls "$dir"/*.tgz > /dev/null 2>&1; then
    # to stderr: the caller takes this function's output as the tarball's path
    say "fetching $spec from the npm registry" >&2
    (cd "$dir" && timeout 300 npm pack --silent "$spec" > /dev/null) || fail "npm pack $spec"
  fi
  ls "$dir"/*.tgz | head -n 1
}

jre_tgz="$(npm_tarball "$JRE_PACKAGE" "$cache/jre-win32-x64-1.1.8")"
integrity="sha512-$(openssl dgst -sha512 -binary "$jre_tgz" | base64 -w0)"
[ "$integrity" = "$JRE_INTEGRITY" ] || fail "$jre_tgz: integrity $integrity is not the reviewed $JRE_INTEGRITY"

# --- the PowerShell script must parse -----------------------------------------------------------
grammar_tgz="$(npm_tarball "$GRAMMAR_PACKAGE" "$cache/tree-sitter-powershell-0.26.4")"
parser_tgz="$(npm_tarball "$PARSER_PACKAGE" "$cache/web-tree-sitter-0.27.2")"
work="$(mktemp -d /tmp/wuhealth-windows-zip.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/grammar" "$work/parser"
tar -xzf "$grammar_tgz" -C "$work/grammar"
tar -xzf "$parser_tgz" -C "$work/parser"
WEB_TREE_SITTER="$work/parser/package/web-tree-sitter.cjs" \
  GRAMMAR="$work/grammar/package/tree-sitter-powershell.wasm" \
  node "$here/check-powershell.cjs" "$here"/*.ps1 || fail "a PowerShell script does not parse"

# --- the runtime ----------------------------------------------------------------------------------
tar -xzf "$jre_tgz" -C "$work"
jre="$work/package/jre"
for f in "${LEFT_OUT[@]}"; do
  [ -f "$jre/$f" ] || fail "the JRE has no $f any more: review LEFT_OUT and runtime-README.txt"
  rm "$jre/$f"
done
java_version="$(sed -n 's/^JAVA_VERSION="\(.*\)"\r*$/\1/p' "$jre/release")"
modules="$(sed -n 's/^MODULES="\(.*\)"\r*$/\1/p' "$jre/release")"
build="$(grep -aoE "${java_version//./\\.}\+[0-9]+" "$jre/bin/server/jvm.dll" | head -n 1)"
[ -n "$java_version" ] && [ -n "$build" ] || fail "cannot read the JRE's version"

# --- the package ------------------------------------------------------------------------------------
crlf() { sed 's/\r*$/\r/' "$1" > "$2"; }
top="$work/zip/wuhealth-$version"
mkdir -p "$top/lib" "$top/windows" "$top/samples"
cp -r "$dist/." "$top/lib/"
rm -f "$top/lib/wuhealth.jsa" # a class-data archive fits only the JVM that made it
mv "$jre" "$top/runtime"
sed -e "s/BUILD/${build}/g; s/MODULES/${modules}/; s|NPM_PACKAGE|${JRE_PACKAGE}|" \
  "$here/runtime-README.txt" > "$work/runtime-README.txt"
printf '          %s\n' "${LEFT_OUT[@]}" >> "$work/runtime-README.txt"
crlf "$work/runtime-README.txt" "$top/runtime/README-wuhealth.txt"
crlf "$repo/wuhealth.cmd" "$top/wuhealth.cmd"
sed "s/VERSION/$version/" "$here/README.txt" > "$work/README.txt"
crlf "$work/README.txt" "$top/README.txt"
crlf "$here/Collect-Wuhealth.ps1" "$top/windows/Collect-Wuhealth.ps1"
# As Task Scheduler exports them (and as schtasks /xml is known to read them): UTF-16 with a BOM.
for task in "$here"/*.xml; do
  { printf '\xff\xfe'; sed -e '1s/encoding="UTF-8"/encoding="UTF-16"/' -e 's/\r*$/\r/' "$task" |
    iconv -f UTF-8 -t UTF-16LE; } > "$top/windows/$(basename "$task")"
done
(cd "$repo/samples" && find . -path ./expected -prune -o -type f -print | while read -r f; do
  mkdir -p "$top/samples/$(dirname "$f")" && cp "$f" "$top/samples/$f"
done)

zip="$repo/engine/target/wuhealth-$version-windows-x64.zip"
rm -f "$zip"
(cd "$work/zip" && jar --create --no-manifest --file "$zip" "wuhealth-$version")
size=$(stat -c %s "$zip")
unpacked=$(du -sb "$top" | cut -f1)
runtime=$(du -sb "$top/runtime" | cut -f1)
say "built $zip: $(( (size + 524288) / 1048576 )) MiB ($size bytes); unpacked $(( unpacked / 1048576 )) MiB, of which the runtime $(( runtime / 1048576 )) MiB (Temurin $build, $modules)"
