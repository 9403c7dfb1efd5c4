-- W1: one member by a random id.
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/v1/members/" .. math.random(1, tonumber(os.getenv("BENCH_MEMBERS") or "200000")))
end
