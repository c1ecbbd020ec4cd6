# Sourced by the scripts that start `rasd serve --port 0`: wait_for_url LOG prints the loopback URL
# the server wrote to LOG once it listens (up to 10 s), or nothing.
wait_for_url() {
  local url=
  for _ in $(seq 1 100); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$1" || true)
    [ -n "$url" ] && break
    sleep 0.1
  done
  printf '%s' "$url"
}
