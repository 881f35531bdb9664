"""The request lock of several workers and replicas: counts and CAPTCHAs in Redis.

The counting is `limits`' Redis storage: its keys (`MockTimeRedisStorage`, prefix
`{ns}:limits`) and its moving-window Lua scripts, so the quota is exact across
processes (a script adds a request only while fewer than the quota lie in the
window, atomically in Redis). Two changes:

* The scripts count in mock time: Redis's `TIME` plus the shared clock's offset
  (`SharedClock`), not the process's `time.time()`. Recorded requests then age with
  the mock clock by themselves, for every replica at once, and `age()` has nothing to
  do. (`limits` sets each list's Redis expiry in real seconds; mock time runs at least
  as fast as real time, so a list never expires while its entries still count.)
* One script per request does it all: it reads the clock, the token's lock and the
  state's version, counts the request with `limits`' acquire script (its text,
  wrapped as a Lua function), and on a refusal locks the token and reads the window
  with `limits`' window script. The mock time and version go to the request's
  `RequestView`, so the operation needs no further round trip for them.

Locks and CAPTCHAs:

* `{ns}:throttle-lock:{token key}` — the CAPTCHA id a locked token waits behind;
* `{ns}:captchas` — a hash from CAPTCHA id to token key;
* `{ns}:captcha-ids` — the counter numbering CAPTCHAs.

Concurrent requests over the quota share one CAPTCHA: the script creates one only
when the token has none.
"""

from __future__ import annotations

import math

import redis
from limits.storage import RedisStorage

from tracksale_mock.config import RateLimit
from tracksale_mock.shared.clock import SharedClock
from tracksale_mock.shared.connection import guarded, text
from tracksale_mock.shared.request_view import current_view
from tracksale_mock.state.throttle import Lock, Throttle, token_key


def _function(name: str, source: bytes) -> str:
    """A `limits` script as a Lua function of (KEYS, ARGV), returning what it returns."""
    return f"local function {name}(KEYS, ARGV)\n{source.decode()}\nend\n"


# KEYS: clock offset, token lock, captchas, captcha ids, state version, limits key.
# ARGV: the time a missing clock offset starts at ('' for Redis's time), limit,
# expiry, until solved ('1'/'0'), token key.
# -> {1, now, version} | {0, now, version, captcha, window start}
_CHECK = (
    _function("acquire_moving_window", RedisStorage.SCRIPT_ACQUIRE_MOVING_WINDOW)
    + _function("moving_window", RedisStorage.SCRIPT_MOVING_WINDOW)
    + """
local t = redis.call('TIME')
local base = tonumber(t[1]) + tonumber(t[2]) / 1000000
local offset = redis.call('GET', KEYS[1])
if not offset then
  local initial = 0
  if ARGV[1] ~= '' then initial = tonumber(ARGV[1]) - base end
  redis.call('SET', KEYS[1], string.format('%.17g', initial), 'NX')
  offset = redis.call('GET', KEYS[1])
end
local now = base + tonumber(offset)
local shown = string.format('%.17g', now)
local version = redis.call('GET', KEYS[5]) or ''
local captcha = redis.call('GET', KEYS[2])
local limit, expiry = tonumber(ARGV[2]), tonumber(ARGV[3])
if not (captcha and ARGV[4] == '1') then
  if acquire_moving_window({KEYS[6]}, {shown, limit, expiry, 1}) then
    if captcha then
      redis.call('DEL', KEYS[2])
      redis.call('HDEL', KEYS[3], captcha)
    end
    return {1, shown, version}
  end
  if not captcha then
    captcha = string.format('cap_%06d', redis.call('INCR', KEYS[4])) .. string.sub(ARGV[5], 1, 8)
    redis.call('SET', KEYS[2], captcha)
    redis.call('HSET', KEYS[3], captcha, ARGV[5])
  end
end
local start = now
local window = moving_window({KEYS[6]}, {string.format('%.17g', now - expiry), limit})
if window then start = tonumber(window[1]) end
return {0, shown, version, captcha, string.format('%.17g', start)}
"""
)

# KEYS: lock, captchas. ARGV: CAPTCHA id. -> 1 if the lock was lifted
_UNLOCK = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
redis.call('HDEL', KEYS[2], ARGV[1])
return 1
"""

# ARGV: lock key prefix, captchas key. Deletes every lock and CAPTCHA.
_FORGET = """
local n = 0
local cursor = '0'
repeat
  local reply = redis.call('SCAN', cursor, 'MATCH', ARGV[1] .. '*', 'COUNT', 1000)
  cursor = reply[1]
  for _, key in ipairs(reply[2]) do n = n + redis.call('DEL', key) end
until cursor == '0'
return n + redis.call('DEL', ARGV[2])
"""


class RedisThrottle(Throttle):
    """A `Throttle` whose counts, locks and CAPTCHAs live in Redis, on mock time."""

    def __init__(
        self,
        client: redis.Redis,
        namespace: str,
        clock: SharedClock,
        rate: RateLimit,
        *,
        version_key: str,
        until_solved: bool = False,
    ) -> None:
        super().__init__(rate, until_solved=until_solved)
        self._client = client
        self._clock = clock
        self._version_key = version_key
        self.limits = RedisStorage(
            "redis://", connection_pool=client.connection_pool, key_prefix=f"{namespace}:limits"
        )
        self._lock_prefix = f"{namespace}:throttle-lock:"
        self._captchas_key = f"{namespace}:captchas"
        self._ids_key = f"{namespace}:captcha-ids"
        self._check_script = client.register_script(_CHECK)
        self._unlock_script = client.register_script(_UNLOCK)
        self._forget_script = client.register_script(_FORGET)

    @guarded("counting the request")
    def check(self, token: str) -> Lock | None:
        key = token_key(token)
        start = self._clock.target()
        reply = self._check_script(
            keys=[
                self._clock.key,
                self._lock_prefix + key,
                self._captchas_key,
                self._ids_key,
                self._version_key,
                self.limits.prefixed_key(self._item.key_for(key)),
            ],
            args=[
                "" if start is None else repr(start),
                self._item.amount,
                self._item.get_expiry(),
                "1" if self._until_solved else "0",
                key,
            ],
        )
        now, version = self._clock.observe(float(reply[1])), text(reply[2])
        view = current_view()
        if view is not None:
            view.now[self._clock.key] = now
            if version:
                view.versions[self._version_key] = version
        if int(reply[0]):
            return None
        window_start = float(reply[4])
        retry_after = max(1, math.ceil(window_start + self._item.get_expiry() - now))
        return Lock(text(reply[3]) or "", retry_after)

    @guarded("solving the CAPTCHA")
    def solve(self, captcha_id: str) -> bool:
        key = text(self._client.hget(self._captchas_key, captcha_id))
        if key is None:
            return False
        self._unlock_script(keys=[self._lock_prefix + key, self._captchas_key], args=[captcha_id])
        self._client.hdel(self._captchas_key, captcha_id)
        self.limits.clear(self._item.key_for(key))
        return True

    def age(self, seconds: float) -> None:
        """Nothing to do: the counts are on mock time (see the module's docstring)."""

    @guarded("resetting the request counts")
    def reset(self) -> None:
        self.limits.reset()
        self._forget_script(args=[self._lock_prefix, self._captchas_key])
