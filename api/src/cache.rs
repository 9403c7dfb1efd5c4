//! Answers kept in memory between writes: the account behind an access token, the
//! organizations and areas that lists are filtered by, and the dashboards and rankings that
//! aggregate a whole subtree.
//!
//! Every committed write of this instance advances the [`Generation`], which makes every
//! kept answer stale at once, so a reader here never sees an answer older than the last
//! write here. Writes made by other instances on the same database are seen once an answer
//! is older than the cache's time to live. The costly parts of an answer can also be kept
//! [`Versioned`]: with the version of the facts they count, which the database advances on
//! every write of those facts, so that a write of other facts does not make them stale.

use std::collections::HashMap;
use std::future::Future;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Counts the committed writes of this instance.
#[derive(Debug, Default)]
pub struct Generation(AtomicU64);

impl Generation {
    pub fn current(&self) -> u64 {
        self.0.load(Ordering::Acquire)
    }

    pub fn advance(&self) {
        self.0.fetch_add(1, Ordering::AcqRel);
    }
}

/// Kept answers of one kind.
pub struct Cache<K, V> {
    generation: Arc<Generation>,
    time_to_live: Duration,
    capacity: usize,
    entries: Mutex<HashMap<K, Kept<V>>>,
    /// One missing answer is computed at a time: a burst of requests for it computes it
    /// once while the others wait, instead of all reading the database at once.
    computing: tokio::sync::Mutex<()>,
}

enum Lookup<V> {
    Fresh(Arc<V>),
    /// Of the current generation, past the time to live.
    Expired(Arc<V>),
    Missing,
}

struct Kept<V> {
    generation: u64,
    at: Instant,
    value: Arc<V>,
}

impl<K: Eq + Hash, V> Cache<K, V> {
    pub fn new(generation: Arc<Generation>, time_to_live: Duration, capacity: usize) -> Cache<K, V> {
        Cache {
            generation,
            time_to_live,
            capacity,
            entries: Mutex::new(HashMap::new()),
            computing: tokio::sync::Mutex::new(()),
        }
    }

    /// The generation to pass to [`Cache::keep`] for an answer computed from now on.
    pub fn generation(&self) -> u64 {
        self.generation.current()
    }

    /// The answer kept for `key`, unless a write or the time to live has made it stale.
    pub fn get(&self, key: &K) -> Option<Arc<V>> {
        match self.lookup(key) {
            Lookup::Fresh(value) => Some(value),
            Lookup::Expired(_) | Lookup::Missing => None,
        }
    }

    /// The answers kept for `keys`, in their order, each as [`Cache::get`] would give it,
    /// under one lock: a response naming several records looks them up at once.
    pub fn get_each(&self, keys: &[K]) -> Vec<Option<Arc<V>>> {
        let current = self.generation.current();
        let now = Instant::now();
        let entries = self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let fresh = |key: &K| {
            entries.get(key).filter(|kept| self.fresh(kept, current, now)).map(|kept| Arc::clone(&kept.value))
        };
        keys.iter().map(fresh).collect()
    }

    fn lookup(&self, key: &K) -> Lookup<V> {
        let current = self.generation.current();
        let entries = self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        match entries.get(key) {
            Some(kept) if self.fresh(kept, current, Instant::now()) => Lookup::Fresh(Arc::clone(&kept.value)),
            Some(kept) if kept.generation == current => Lookup::Expired(Arc::clone(&kept.value)),
            _ => Lookup::Missing,
        }
    }

    fn fresh(&self, kept: &Kept<V>, current: u64, now: Instant) -> bool {
        kept.generation == current && now.saturating_duration_since(kept.at) < self.time_to_live
    }

    /// The value kept for `key`, or the one `load` reads, kept unless a write committed
    /// meanwhile (a missing one is not kept).
    pub fn get_or_load<E>(&self, key: K, load: impl FnOnce() -> Result<Option<V>, E>) -> Result<Option<Arc<V>>, E> {
        if let Some(value) = self.get(&key) {
            return Ok(Some(value));
        }
        let generation = self.generation();
        Ok(load()?.map(|value| self.keep(key, generation, value)))
    }

    /// The kept answer for `key`, or the one `compute` gives (kept unless a write committed
    /// meanwhile). An answer that only outlived its time to live (no write of this instance
    /// since) is still given while another request computes its successor, so that readers
    /// do not queue behind the refresh.
    pub async fn get_or_compute<E, F>(&self, key: K, compute: F) -> Result<Arc<V>, E>
    where
        F: Future<Output = Result<V, E>>,
    {
        let expired = match self.lookup(&key) {
            Lookup::Fresh(value) => return Ok(value),
            Lookup::Expired(value) => Some(value),
            Lookup::Missing => None,
        };
        let _turn = match (self.computing.try_lock(), expired) {
            (Ok(turn), _) => turn,
            (Err(_), Some(expired)) => return Ok(expired),
            (Err(_), None) => self.computing.lock().await,
        };
        if let Lookup::Fresh(value) = self.lookup(&key) {
            return Ok(value);
        }
        let generation = self.generation();
        let value = compute.await?;
        Ok(self.keep(key, generation, value))
    }

    /// Keeps an answer computed when the generation was `generation`; an answer computed
    /// while a write committed is already stale and is not kept.
    pub fn keep(&self, key: K, generation: u64, value: V) -> Arc<V> {
        let value = Arc::new(value);
        if generation == self.generation.current() {
            let mut entries = self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            make_room(&mut entries, self.capacity, |kept| kept.generation == generation);
            entries.insert(key, Kept { generation, at: Instant::now(), value: Arc::clone(&value) });
        }
        value
    }
}

/// Answers kept with the version of the facts they were computed from (see
/// [`crate::db::repo::fact_versions`]), whatever else is written meanwhile: a reader who finds
/// the facts at the kept version takes the answer instead of computing it again.
pub struct Versioned<K, V> {
    capacity: usize,
    entries: Mutex<HashMap<K, (i64, Arc<V>)>>,
}

impl<K: Eq + Hash, V> Versioned<K, V> {
    pub fn new(capacity: usize) -> Versioned<K, V> {
        Versioned { capacity, entries: Mutex::new(HashMap::new()) }
    }

    /// The answer kept for `key` at `version`, or the one `refresh` gives from the answer kept
    /// at an older version (if any), kept at `version`. `version` must be read before the facts
    /// `refresh` reads, so that a write meanwhile leaves the answer kept at an older version
    /// than the facts' (refreshed again next time), never the other way round.
    pub fn get_or_refresh<E>(
        &self,
        key: K,
        version: i64,
        refresh: impl FnOnce(Option<(i64, Arc<V>)>) -> Result<V, E>,
    ) -> Result<Arc<V>, E> {
        let older = {
            let mut entries = self.lock();
            match entries.get(&key) {
                Some((at, value)) if *at == version => return Ok(Arc::clone(value)),
                _ => entries.remove(&key),
            }
        };
        let value = Arc::new(refresh(older)?);
        let mut entries = self.lock();
        make_room(&mut entries, self.capacity, |(at, _)| *at == version);
        entries.insert(key, (version, Arc::clone(&value)));
        Ok(value)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<K, (i64, Arc<V>)>> {
        self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Makes room for one more answer: drops those `current` does not hold, and all of them
/// when that is not enough.
fn make_room<K, T>(entries: &mut HashMap<K, T>, capacity: usize, current: impl Fn(&T) -> bool) {
    if entries.len() >= capacity {
        entries.retain(|_, kept| current(kept));
        if entries.len() >= capacity {
            entries.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache(time_to_live: Duration) -> (Arc<Generation>, Cache<&'static str, i32>) {
        let generation = Arc::new(Generation::default());
        (Arc::clone(&generation), Cache::new(generation, time_to_live, 2))
    }

    #[test]
    fn a_write_makes_every_kept_answer_stale() {
        let (generation, cache) = cache(Duration::from_secs(60));
        cache.keep("city", cache.generation(), 1);
        assert_eq!(cache.get(&"city").as_deref(), Some(&1));
        generation.advance();
        assert_eq!(cache.get(&"city"), None);
    }

    #[test]
    fn an_answer_computed_across_a_write_is_not_kept() {
        let (generation, cache) = cache(Duration::from_secs(60));
        let before = cache.generation();
        generation.advance();
        assert_eq!(*cache.keep("city", before, 1), 1);
        assert_eq!(cache.get(&"city"), None);
    }

    #[test]
    fn several_answers_are_looked_up_at_once_each_as_alone() {
        let (generation, cache) = cache(Duration::from_secs(60));
        cache.keep("city", cache.generation(), 1);
        let each =
            |keys: &[&'static str]| cache.get_each(keys).into_iter().map(|v| v.as_deref().copied()).collect::<Vec<_>>();
        assert_eq!(each(&["street", "city", "city"]), [None, Some(1), Some(1)]);
        generation.advance();
        assert_eq!(each(&["city"]), [None]);
    }

    #[test]
    fn answers_expire_after_their_time_to_live() {
        let (_, cache) = cache(Duration::ZERO);
        cache.keep("city", cache.generation(), 1);
        assert_eq!(cache.get(&"city"), None);
    }

    #[actix_web::test]
    async fn a_burst_of_requests_for_a_missing_answer_computes_it_once() {
        let (_, cache) = cache(Duration::from_secs(60));
        let computed = std::sync::atomic::AtomicUsize::new(0);
        let compute = || async {
            computed.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Ok::<_, ()>(7)
        };
        let answers = futures_util::future::join_all((0..8).map(|_| cache.get_or_compute("city", compute()))).await;
        assert!(answers.iter().all(|a| a.as_deref() == Ok(&7)));
        assert_eq!(computed.load(std::sync::atomic::Ordering::SeqCst), 1);
    }

    #[actix_web::test]
    async fn an_expired_answer_is_given_while_another_request_refreshes_it() {
        let (generation, cache) = cache(Duration::ZERO);
        cache.keep("city", cache.generation(), 1);
        let (refreshed, refresh) = tokio::sync::oneshot::channel::<()>();
        let mut slow = std::pin::pin!(cache.get_or_compute("city", async {
            let _ = refresh.await;
            Ok::<_, ()>(2)
        }));
        assert!(futures_util::poll!(slow.as_mut()).is_pending());
        let meanwhile = cache.get_or_compute("city", async { Ok::<_, ()>(3) }).await;
        assert_eq!(meanwhile.as_deref(), Ok(&1), "the expired answer, not a wait");
        let _ = refreshed.send(());
        assert_eq!(slow.await.as_deref(), Ok(&2));
        generation.advance();
        let after_write = cache.get_or_compute("city", async { Ok::<_, ()>(4) }).await;
        assert_eq!(after_write.as_deref(), Ok(&4), "after a write nothing older is given");
    }

    #[test]
    fn the_cache_stays_within_its_capacity() {
        let (_, cache) = cache(Duration::from_secs(60));
        for key in ["a", "b", "c"] {
            cache.keep(key, cache.generation(), 1);
        }
        assert_eq!(cache.get(&"c").as_deref(), Some(&1));
        let kept = ["a", "b", "c"].iter().filter(|k| cache.get(k).is_some()).count();
        assert!(kept <= 2);
    }

    #[test]
    fn a_versioned_answer_is_refreshed_only_when_its_facts_moved() {
        let kept = Versioned::new(4);
        let refreshed = std::cell::RefCell::new(Vec::new());
        let refresh = |value: i32| {
            let refreshed = &refreshed;
            move |older: Option<(i64, Arc<i32>)>| {
                refreshed.borrow_mut().push(older.map(|(at, value)| (at, *value)));
                Ok::<_, ()>(value)
            }
        };
        assert_eq!(kept.get_or_refresh("city", 1, refresh(10)).as_deref(), Ok(&10));
        assert_eq!(kept.get_or_refresh("city", 1, refresh(11)).as_deref(), Ok(&10), "same facts, same answer");
        assert_eq!(kept.get_or_refresh("city", 2, refresh(12)).as_deref(), Ok(&12), "the facts moved");
        assert_eq!(*refreshed.borrow(), vec![None, Some((1, 10))], "refreshed from the answer kept at version 1");
    }
}
