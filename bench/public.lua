-- wrk script for run-public.sh: GET the URL given to wrk, with the extra header HEADER ("Name: value") if set,
-- and print one line at the end: requests/s and the 50th, 95th and 99th latency percentiles in milliseconds, plus
-- the count of non-2xx/3xx answers and socket errors (a run with errors is not a result).
local header = os.getenv("HEADER")
if header ~= nil and header ~= "" then
  local name, value = header:match("([^:]+):%s*(.*)")
  wrk.headers[name] = value
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format("RESULT rate=%.1f p50=%.1f p95=%.1f p99=%.1f non2xx3xx=%d socket_errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
