# Sourced by the bench scripts: the phone page's address, read off the laptop's screen from the QR
# code as a phone's camera would (the game never logs it: the address holds the secret).
# qr_url DIR: prints the address, or fails after 60 s. Needs ImageMagick's import and zbarimg.
qr_url() {
  local dir=$1 url=""
  for _ in $(seq 120); do
    import -window root "$dir/qr.png" 2>/dev/null || true
    url=$(zbarimg -q --raw "$dir/qr.png" 2>/dev/null | head -n1 || true)
    [ -n "$url" ] && break
    sleep 0.5
  done
  rm -f "$dir/qr.png"
  [ -n "$url" ] || { echo "no QR code could be read on the laptop" >&2; return 1; }
  echo "$url"
}
