-- wrk script: each request is a new matter with its own Idempotency-Key and a point inside a demo grid.
-- POINTS (a file of "lat,lng" lines: random points inside the grids, from intake-points.py) and COOKIE (a signed-in
-- session) come from run-intake.sh.
local points = {}
for line in io.lines(os.getenv("POINTS")) do
  local lat, lng = line:match("([^,]+),([^,]+)")
  points[#points + 1] = { lat, lng }
end
local counter = 0
local thread_id = 0
function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end
-- Seeded by the clock as well as the thread, so a second run (the measured one after the warm-up) sends new keys,
-- phones and addresses, never retries of the first run's reports.
local run = 0
function init(args)
  run = os.time() % 100000
  math.randomseed(run * 16 + id)
end
request = function()
  counter = counter + 1
  local p = points[math.random(#points)]
  local body = string.format('{"description":"楼道堆放杂物存在消防隐患","categoryCode":"1201","lat":%s,"lng":%s,"phone":"13%09d"}',
    p[1], p[2], math.random(0, 999999999))
  local headers = { ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = run .. "-" .. id .. "-" .. counter .. "-" .. math.random(1e9),
    -- Each resident posts from their own address, as seen behind a reverse proxy (the app trusts loopback proxies).
    ["X-Forwarded-For"] = string.format("%d.%d.%d.%d", math.random(11, 99), math.random(0, 255), math.random(0, 255),
      math.random(1, 254)) }
  if os.getenv("COOKIE") ~= nil and os.getenv("COOKIE") ~= "" then headers["Cookie"] = os.getenv("COOKIE") end
  return wrk.format("POST", "/api/v1/matters", headers, body)
end
-- DELAY_MS paces each connection: it waits that long after every answer before sending its next report.
if os.getenv("DELAY_MS") ~= nil and os.getenv("DELAY_MS") ~= "" then
  local pause = tonumber(os.getenv("DELAY_MS"))
  delay = function()
    return pause
  end
end
done = function(summary, latency, requests)
  local codes = summary.errors
  io.write(string.format("requests %d, non-2xx/3xx %d, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms\n", summary.requests,
    codes.status, latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
