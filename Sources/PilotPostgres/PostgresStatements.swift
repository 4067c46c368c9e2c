/// The statements an append and a read run (the schema itself is in `PostgresSchema`). The journal's columns are
/// read from the line by the database, so they cannot disagree with the text the hash covers.
enum PostgresStatements {
    /// The head, locked until commit, with the acting role and the database's clock in the journal's time format.
    static let lockHead = """
        SELECT revision, hash, current_user AS role,
               to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS time
        FROM biopilot.head FOR UPDATE
        """

    /// $1 hash, $2 line. `$2::text` in both places: a parameter typed jsonb once is jsonb everywhere, and jsonb's
    /// own text (keys reordered, spaces added) is not the line the hash covers.
    static let insertLine = """
        INSERT INTO biopilot.journal
            (revision, time, display_name, action, entity, id, before, after, reason, conflicts, previous_hash, hash, line)
        SELECT (j->>'rev')::bigint, (j->>'time')::timestamptz, j->>'user', j->>'action', j->>'entity', j->>'id',
               j->'before', j->'after', j->>'reason', j->'conflicts', j->>'prev', $1, $2::text
        FROM (SELECT ($2::text)::jsonb AS j) AS parsed
        """

    /// $1 entity, $2 id, $3 the journal line whose `after` is the record.
    static let insertRecord = """
        INSERT INTO biopilot.records (entity, id, data, created) VALUES ($1, $2, ($3::jsonb)->'after', (($3::jsonb)->>'rev')::bigint)
        """
    static let updateRecord = "UPDATE biopilot.records SET data = ($3::jsonb)->'after' WHERE entity = $1 AND id = $2"
    static let deleteRecord = "DELETE FROM biopilot.records WHERE entity = $1 AND id = $2"
    static let selectRecord = "SELECT body FROM biopilot.records WHERE entity = $1 AND id = $2"

    static let lastChange = """
        SELECT display_name, revision, line::jsonb ->> 'time' AS time FROM biopilot.journal
        WHERE entity = $1 AND id = $2 ORDER BY revision DESC LIMIT 1
        """

    static let updateHead = "UPDATE biopilot.head SET revision = $1, hash = $2"
    /// $1 channel (`PostgresConnection.journalChannel`), $2 revision.
    static let notify = "SELECT pg_notify($1, $2)"

    static let head = "SELECT revision, hash FROM biopilot.head"
    static let linesAfter = "SELECT revision, line FROM biopilot.journal WHERE revision > $1 ORDER BY revision"
    /// $1 entity: its records as stored (migration 6's text) with what orders them, in no order: a plain scan, sorted
    /// by the client (`jsonArrayInCreationOrder`).
    static let tableInOrder = "SELECT created, id, body FROM biopilot.records WHERE entity = $1"
    /// $1 entity, $2 after this id, $3 limit: a page of a table's records in id order, as one JSON array of their
    /// stored text, and the page's last id (verify compares the table with its replay a page at a time).
    static let recordsPage = """
        SELECT coalesce('[' || string_agg(body, ',' ORDER BY id) || ']', '[]') AS page, max(id) AS last
        FROM (SELECT id, body FROM biopilot.records WHERE entity = $1 AND id > $2 ORDER BY id LIMIT $3) page
        """
    /// $1 entity, $2 id, $3 limit: the record's lines, newest first.
    static let recordHistory = """
        SELECT revision, line FROM biopilot.journal WHERE entity = $1 AND id = $2 ORDER BY revision DESC LIMIT $3
        """
    /// $1 below this revision, $2 limit: a page of the journal read backwards.
    static let linesBefore = "SELECT revision, line FROM biopilot.journal WHERE revision < $1 ORDER BY revision DESC LIMIT $2"

    /// $1 products, $2 sites, $3 companies (text[]): the records of those products, their sites and companies, and
    /// those sites and companies, as the member may see them now.
    static let concernedRecords = """
        WITH p AS (SELECT id, data FROM biopilot.records WHERE entity = 'product' AND id = ANY ($1::text[])),
        s AS (SELECT seg->>'siteId' AS id FROM p, jsonb_array_elements(p.data->'segments') seg
              UNION SELECT unnest($2::text[])),
        e AS (SELECT data->>'holderId' AS id FROM p
              UNION SELECT r.data->>'enterpriseId' FROM biopilot.records r WHERE r.entity = 'site' AND r.id IN (SELECT id FROM s)
              UNION SELECT unnest($3::text[]))
        SELECT entity, id, body FROM biopilot.records
        WHERE (entity = 'product' AND id = ANY ($1::text[]))
           OR (entity IN ('inspection', 'sampling', 'staff', 'measure') AND data->>'productId' = ANY ($1::text[]))
           OR (entity = 'site' AND id IN (SELECT id FROM s))
           OR (entity = 'enterprise' AND id IN (SELECT id FROM e))
        """
    static let visibleProducts = "SELECT id FROM biopilot.records WHERE entity = 'product'"
    static let viewIsLimited = """
        SELECT cardinality(biopilot.provinces_of(current_user)) > 0
           AND NOT pg_has_role(current_user, 'biopilot_national', 'MEMBER')
           AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS limited
        """
    /// $1 after this revision, $2 limit: a page of the journal, oldest first (verify and copy walk it so).
    static let linesPage = "SELECT revision, line FROM biopilot.journal WHERE revision > $1 ORDER BY revision LIMIT $2"
    /// How many journal lines the role sees (fewer than the head's revision when a policy hides some).
    static let visibleLines = "SELECT count(*) AS lines FROM biopilot.journal"
}
