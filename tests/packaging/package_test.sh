#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Debian package, as a user gets it: cpack builds the .deb from this build folder, the
# package is unpacked into a temporary root (dpkg-deb -x) and checked there — file list,
# the unpacked CLI's --version and validate of the unpacked sample org, the man pages, the
# MIME type of a plan by name and by content — and desktop-file-validate, appstreamcli and
# lintian (no errors) look at it. Every tool it needs is installed by install-deps.sh; a
# missing one is a failure, not a skip.
# usage: package_test.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$1 source=$2 version=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian \
            update-mime-database mimetype zcat; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (run packaging/install-deps.sh)"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" > "$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
shopt -s nullglob
debs=("$work"/out/orgdesigner_"$version"_*.deb)
[ ${#debs[@]} -eq 1 ] || { ls -l "$work/out"; fail "expected one orgdesigner_${version}_ARCH.deb"; }
deb=${debs[0]}
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = orgdesigner ] || fail "Package is $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version is $(field Version), not $version"
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6core6 libqt6widgets6 libqt6charts6 libquazip1-qt6; do
    field Depends | grep -q "$dep" || fail "Depends lacks $dep: $(field Depends)"
done
for rec in libqt6sql6-psql fonts-noto-cjk; do
    field Recommends | grep -q "$rec" || fail "Recommends lacks $rec: $(field Recommends)"
done
[ -n "$(field Section)" ] && [ -n "$(field Homepage)" ] || fail "Section or Homepage missing"

# File list.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' | grep -v '/$' | sort > "$work/files"
expected=(
    /usr/bin/orgdesigner
    /usr/bin/orgdesigner-cli
    /usr/share/applications/org.orgdesigner.OrgDesigner.desktop
    /usr/share/metainfo/org.orgdesigner.OrgDesigner.metainfo.xml
    /usr/share/mime/packages/org.orgdesigner.OrgDesigner.xml
    /usr/share/icons/hicolor/scalable/apps/org.orgdesigner.OrgDesigner.svg
    /usr/share/man/man1/orgdesigner.1.gz
    /usr/share/man/man1/orgdesigner-cli.1.gz
    /usr/share/orgdesigner/samples/sample_org.csv
    /usr/share/orgdesigner/samples/sample_org_hiring.csv
    /usr/share/doc/orgdesigner/copyright
    /usr/share/doc/orgdesigner/changelog.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/org.orgdesigner.OrgDesigner.png")
done
printf '%s\n' "${expected[@]}" | sort > "$work/expected"
diff -u "$work/expected" "$work/files" || fail "the package's file list differs from the expected one"

# The unpacked programs run.
root=$work/root
dpkg-deb -x "$deb" "$root"
out=$("$root/usr/bin/orgdesigner-cli" --version)
[[ $out == *"$version"* ]] || fail "orgdesigner-cli --version printed '$out'"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/orgdesigner" --version)
[[ $out == *"$version"* ]] || fail "orgdesigner --version printed '$out'"
set +e
"$root/usr/bin/orgdesigner-cli" validate "$root/usr/share/orgdesigner/samples/sample_org.csv" --format json > "$work/validate.json"
rc=$?
set -e
[ $rc -eq 0 ] || [ $rc -eq 1 ] || fail "validate of the packaged sample exited $rc"
grep -q '"positions": *[1-9]' "$work/validate.json" || fail "validate printed no positions: $(head -c 300 "$work/validate.json")"
expected_rc=0
"$build/bin/orgdesigner-cli" validate "$source/resources/samples/sample_org.csv" > /dev/null || expected_rc=$?
[ $rc -eq $expected_rc ] || fail "validate of the packaged sample exited $rc, the built CLI $expected_rc"

# Man pages name the program and its commands.
zcat "$root/usr/share/man/man1/orgdesigner-cli.1.gz" | grep -q 'validate' || fail "orgdesigner-cli(1) lacks the commands"
zcat "$root/usr/share/man/man1/orgdesigner.1.gz" | grep -q 'User interface language' || fail "orgdesigner(1) lacks the --lang option"
zcat "$root/usr/share/doc/orgdesigner/changelog.gz" | head -1 | grep -q "($version)" \
    || fail "the Debian changelog's first entry is not $version"

# Icons: the PNGs have the size their folder says.
for size in 16 48 512; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/org.orgdesigner.OrgDesigner.png
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || fail "$png is $dims"
done

# MIME: *.orgplan by name, and a plan renamed to something else by its content (the
# application id in the SQLite header).
mkdir -p "$work/mime"
cp -r "$root/usr/share/mime/packages" "$work/mime/"
update-mime-database "$work/mime" > /dev/null 2>&1
plan=$work/check.orgplan
"$root/usr/bin/orgdesigner-cli" import "$root/usr/share/orgdesigner/samples/sample_org.csv" -o "$plan" > /dev/null
cp "$plan" "$work/renamed.bin"
by_name=$(XDG_DATA_HOME=$work XDG_DATA_DIRS=$work:/usr/share mimetype -b "$plan")
by_magic=$(XDG_DATA_HOME=$work XDG_DATA_DIRS=$work:/usr/share mimetype -b -M "$work/renamed.bin")
[ "$by_name" = application/x-orgdesigner-plan ] || fail "$plan is $by_name"
[ "$by_magic" = application/x-orgdesigner-plan ] || fail "a plan without its extension is $by_magic"

# Desktop entry, AppStream metadata, lintian.
desktop-file-validate "$root/usr/share/applications/org.orgdesigner.OrgDesigner.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.orgdesigner.OrgDesigner.metainfo.xml"
lintian --allow-root --tag-display-limit 0 "$deb" > "$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q '^E:' "$work/lintian.txt"; then fail "lintian reports errors"; fi
grep -q -i 'internal error\|not a debian' "$work/lintian.txt" && fail "lintian did not check the package"
echo "packaging: $(wc -l < "$work/files") files, lintian: $(grep -c '^W:' "$work/lintian.txt" || true) warnings, 0 errors"
