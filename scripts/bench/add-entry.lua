-- W5: add a points entry for a random member.
math.randomseed(os.time())
local rule = os.getenv("BENCH_RULE")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  local member = math.random(1, tonumber(os.getenv("BENCH_MEMBERS") or "200000"))
  local body = '{"member_id":' .. member .. ',"rule_id":' .. rule .. ',"occurred_on":"2026-06-01","evidence":"bench"}'
  return wrk.format(nil, nil, nil, body)
end
