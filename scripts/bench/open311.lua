-- W9: a hotline posts a resident request through Open311 GeoReport v2 (form-encoded, api_key).
math.randomseed(os.time())
local key = os.getenv("BENCH_API_KEY")
local grid = os.getenv("BENCH_GRID")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
local function encode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
  local body = "api_key=" .. encode(key) .. "&service_code=sanitation"
    .. "&description=" .. encode("垃圾桶满溢 " .. math.random(1, 1000000))
    .. "&attribute%5Brequest_type%5D=complaint&attribute%5Barea_id%5D=" .. grid
  return wrk.format(nil, nil, nil, body)
end
