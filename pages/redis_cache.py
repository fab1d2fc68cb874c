"""
Django's Redis cache backend, minus a per-operation cost (CACHE_URL=redis://…).

Django's RedisCacheClient builds a new `redis.Redis` object for every cache
operation. The object is only a thin, thread-safe front to its connection
pool, but building it copies redis-py's table of response callbacks each
time. Keeping one per connection pool does the same work without it: a
page-cache read costs about half the CPU (benchmarks/redis_client.py, with
redis-py 8: 355 against 914 µs on these machines). Everything else (pools,
serialisation, timeouts) is Django's own.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
