-- The oldest queued work items no other worker holds; held (FOR UPDATE) until this transaction ends.
SELECT tenant_id, first_seq FROM rollup_work
ORDER BY first_seq
LIMIT ?
FOR UPDATE SKIP LOCKED
