import Testing

/// The store contract (`Store`): every test runs once on a store directory and once on a PostgreSQL database, from
/// one body. Each test has a store of its own, so they run in parallel; PostgreSQL ones connect as the cluster's
/// superuser to a database of their own and touch no cluster-wide role but the two `pg init` creates once.
@Suite struct StoreContractTests {}
