"""
Django's Redis cache backend, minus a per-operation cost (CACHE_URL=redis://…).

Django's RedisCacheClient builds a new `redis.Redis` object for every cache
operation. The object is only a thin, thread-safe front to its connection
pool, but building it copies redis-py's table of response callbacks each
time: about 75 µs on these machines, a fifth of what serving a cached page
costs in all. Keeping one per connection pool does the same work without it.
Everything else (pools, serialisation, timeouts) is Django's own.

It also offers two hash operations Django's cache API lacks, for counters
that are buffered in Redis and written to the database in batches.
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

    # Counters kept in Redis until they are written elsewhere in batches (the
    # download counts, see factsheets.models.DownloadCounterQuerySet): one
    # hash per purpose, a field per counter, both atomic in Redis.

    def hincrby(self, key, field, amount=1):
        """Add `amount` to `field` of the hash `key` (created as needed)."""
        key = self.make_and_validate_key(key)
        self._cache.get_client(key, write=True).hincrby(key, field, amount)

    def hpop_all(self, key):
        """Take the whole hash `key` away: {field: int}. A count added at the
        same moment lands either in what is returned or in a new hash, never
        in neither (read and delete run as one Redis transaction)."""
        key = self.make_and_validate_key(key)
        pipeline = self._cache.get_client(key, write=True).pipeline(transaction=True)
        pipeline.hgetall(key)
        pipeline.delete(key)
        values, _deleted = pipeline.execute()
        return {field.decode(): int(value) for field, value in values.items()}
