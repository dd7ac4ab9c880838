-- "Teamoverleg" in DuckDB: the overview's list of codes, ranked as the game ranks it
-- (src/team/rank.rs), over every long CSV export under a folder (any version from 2026-11-28 on).
-- Run: duckdb -c ".read bench/team-ranking.sql" with the folder in place of 'EXPORTS'.
-- Each conversation counts once however many files hold it; a card played again counts in its
-- last round; own cards count in no kenmerk. A kenmerk of a conversation "lies often apart" when
-- at least half its cards that both scored lie two steps or more apart (Verdict::judge).
WITH rows AS (
    SELECT DISTINCT
        session_id,
        date,
        coalesce(label, '') AS label,
        coalesce(kenmerk, '') AS kenmerk,
        card,
        CAST(round AS INTEGER) AS round,
        TRY_CAST(client_score AS INTEGER) AS client_score,
        TRY_CAST(professional_score AS INTEGER) AS professional_score,
        coalesce(own_card, '0') AS own_card
    FROM read_csv('EXPORTS/**/*.csv', header = true, all_varchar = true, union_by_name = true)
    -- only the long tables: a per-theme table has no round
    WHERE round IS NOT NULL
),
last_round AS (
    SELECT * FROM rows
    QUALIFY row_number() OVER (PARTITION BY session_id, card ORDER BY round DESC) = 1
),
per_kenmerk AS (
    SELECT
        session_id,
        kenmerk,
        count(abs(client_score - professional_score)) AS both_scored,
        count_if(abs(client_score - professional_score) >= 2) AS far_apart
    FROM last_round
    WHERE own_card <> '1'
    GROUP BY session_id, kenmerk
),
conversations AS (
    -- a conversation without a code is listed under its id's first eight characters
    SELECT DISTINCT
        session_id,
        date,
        CASE WHEN trim(label) = '' THEN '(' || left(session_id, 8) || ')' ELSE label END AS code
    FROM rows
),
per_code AS (
    SELECT
        c.code,
        count(k.kenmerk) FILTER (WHERE k.both_scored > 0) AS judged,
        count(k.kenmerk) FILTER (WHERE k.far_apart > 0 AND k.far_apart * 2 >= k.both_scored) AS often,
        count(k.kenmerk) FILTER (WHERE k.far_apart > 0) AS apart,
        max(c.date) AS last_date
    FROM conversations c
    LEFT JOIN per_kenmerk k USING (session_id)
    GROUP BY c.code
)
SELECT code, often, apart, judged, last_date
FROM per_code
ORDER BY
    often::DOUBLE / greatest(judged, 1) DESC,
    apart::DOUBLE / greatest(judged, 1) DESC,
    last_date DESC,
    code
LIMIT 20;
