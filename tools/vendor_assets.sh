#!/usr/bin/env bash
# Copy the pinned front-end libraries from npm into the portal's static/vendor folder.
# Run from anywhere: tools/vendor_assets.sh. Needs npm and the registry once; the result is committed,
# so nothing is downloaded at run time and no page loads anything from a CDN.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/src/lienket/web/portal/static/vendor"
cd "$root"
npm ci --no-audit --no-fund --ignore-scripts
rm -rf "$dest"
mkdir -p "$dest/htmx" "$dest/leaflet/images"
cp node_modules/htmx.org/dist/htmx.min.js "$dest/htmx/"
cp node_modules/htmx.org/LICENSE "$dest/htmx/LICENSE"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$dest/leaflet/"
cp node_modules/leaflet/dist/images/*.png "$dest/leaflet/images/"
# The source map is not shipped: drop its reference so production collectstatic (manifest storage) can resolve every URL.
sed -i '/^\/\/# sourceMappingURL=/d' "$dest/leaflet/leaflet.js"
cp node_modules/leaflet/LICENSE "$dest/leaflet/LICENSE"
{
  echo "Vendored by tools/vendor_assets.sh from npm (see package-lock.json for integrity hashes):"
  echo "htmx.org $(node -p "require('./node_modules/htmx.org/package.json').version") (BSD Zero-Clause / 0BSD)"
  echo "leaflet $(node -p "require('./node_modules/leaflet/package.json').version") (BSD-2-Clause)"
} > "$dest/VERSIONS.txt"
echo "vendored into $dest:"
find "$dest" -type f | sort
