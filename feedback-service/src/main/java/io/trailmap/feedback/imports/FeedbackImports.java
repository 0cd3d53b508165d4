package io.trailmap.feedback.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.trailmap.common.batch.BatchItems;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.FieldError;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.ratelimit.QuotaExceeded;
import io.trailmap.feedback.api.ImportView;
import io.trailmap.feedback.api.ReviewInput;
import io.trailmap.feedback.api.SubmissionResult;
import io.trailmap.feedback.service.Docs;
import io.trailmap.feedback.service.MongoPages;
import io.trailmap.feedback.service.ResponseService;
import io.trailmap.feedback.service.ReviewService;
import io.trailmap.feedback.service.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.Validator;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Imports a file of responses or reviews in the background, in batches through the same validation,
 * scoring and deduplication as the API (so a re-import counts what is already there as duplicates),
 * waiting when the tenant's quota is used up. Progress and row errors (the first 1 000) are kept in
 * the import's record after every batch. Imports run one at a time per replica; one whose replica
 * went away is marked FAILED — post the file again, what was imported stays once.
 */
@ApplicationScoped
public class FeedbackImports {

    public static final int MAX_ROW_ERRORS = 1_000;
    public static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(5);
    private static final int BATCH = 500;
    /** Batches of one import stored at once. */
    static final int BATCH_WORKERS = 2;
    private static final Logger LOG = Logger.getLogger(FeedbackImports.class);

    private final Store store;
    private final ResponseService responses;
    private final ReviewService reviews;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "feedback-import"));

    public FeedbackImports(Store store, ResponseService responses, ReviewService reviews, ObjectMapper json, Validator validator,
                           Clock clock) {
        this.store = store;
        this.responses = responses;
        this.reviews = reviews;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    /** Checks the request, records the import as RUNNING and queues it. */
    public ImportView start(String tenant, ImportType type, ImportFormat format, Map<String, String> mapping, byte[] file) {
        if (file.length == 0) {
            throw ProblemException.validation(List.of(new FieldError("body", "the file is empty")));
        }
        List<String> columns = ImportRows.columns(format, file);
        List<FieldError> missing = mapping.entrySet().stream().filter(e -> !columns.contains(e.getValue()))
                .map(e -> new FieldError("map", "column '" + e.getValue() + "' for " + e.getKey() + " is not in the file (it has "
                        + columns + ")")).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.validation(missing);
        }
        String id = UUID.randomUUID().toString();
        Document doc = new Document("_id", id).append("tenant", tenant).append("type", type.name()).append("format", format.name())
                .append("status", "RUNNING").append("rows", 0L).append("accepted", 0L).append("duplicates", 0L).append("rejected", 0L)
                .append("errors", List.of()).append("createdAt", Docs.date(clock.instant())).append("updatedAt", Docs.date(clock.instant()));
        store.imports().insertOne(doc);
        worker.submit(() -> run(id, tenant, type, ImportRows.of(format, file, mapping)));
        return ImportView.of(doc);
    }

    public ImportView get(String tenant, UUID id) {
        Document doc = store.imports().find(key(tenant, id.toString())).first();
        if (doc == null) {
            throw ProblemException.notFound("import", id);
        }
        return ImportView.of(doc);
    }

    /** The tenant's imports, newest first, a page at a time. */
    public Page<ImportView> recent(String tenant, PageRequest page) {
        return MongoPages.newestFirst(store.imports(), List.of(Filters.eq("tenant", tenant)), "createdAt", page, ImportView::of);
    }

    /**
     * Reads the file in this thread and stores its batches on {@link #BATCH_WORKERS} threads at once (analysis of
     * one batch overlaps the writes of another; a row repeated in two batches at once is a duplicate-key race that
     * {@link io.trailmap.feedback.service.FeedbackIntake} answers DUPLICATE). Progress is saved after every batch;
     * the first failure stops the import.
     */
    void run(String id, String tenant, ImportType type, ImportRows rows) {
        Progress progress = new Progress();
        ExecutorService pool = Executors.newFixedThreadPool(BATCH_WORKERS, r -> new Thread(r, "feedback-import-batch"));
        Semaphore slots = new Semaphore(BATCH_WORKERS);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            List<ImportRows.Row> batch = new ArrayList<>();
            while (rows.hasNext() && failure.get() == null) {
                ImportRows.Row row = rows.next();
                progress.row(row);
                if (row.problem() == null) {
                    batch.add(row);
                }
                if (batch.size() == BATCH || !rows.hasNext()) {
                    List<ImportRows.Row> full = List.copyOf(batch);
                    batch.clear();
                    slots.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            if (failure.get() == null) {
                                submit(tenant, type, full, progress);
                                save(id, tenant, progress, "RUNNING", null);
                            }
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            slots.release();
                        }
                    });
                }
            }
            slots.acquireUninterruptibly(BATCH_WORKERS);   // every batch done
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() == null) {
            save(id, tenant, progress, "DONE", null);
        } else {
            LOG.errorf(failure.get(), "import %s failed", id);
            save(id, tenant, progress, "FAILED", "The import stopped after " + progress.rows() + " rows: " + failure.get().getMessage());
        }
    }

    private void submit(String tenant, ImportType type, List<ImportRows.Row> batch, Progress progress) {
        if (batch.isEmpty()) {
            return;
        }
        ArrayNode items = json.createArrayNode();
        batch.forEach(row -> items.add(row.fields()));
        if (type == ImportType.RESPONSES) {
            SubmissionResult result = withinQuota(() -> responses.submit(tenant, items));
            progress.stored(result.accepted(), result.duplicates(),
                    result.rejected().stream().map(r -> Map.entry(batch.get(r.index()).line(), r.errors())).toList());
            return;
        }
        BatchItems.Result<ReviewInput> read = BatchItems.read(items, "reviews", BATCH, ReviewInput.class, "sourceId", json, validator,
                input -> List.of());
        List<ReviewInput> valid = read.valid().stream().map(BatchItems.Valid::item).toList();
        List<ReviewService.Created> created = withinQuota(() -> reviews.createAll(tenant, valid));
        long accepted = created.stream().filter(ReviewService.Created::isNew).count();
        progress.stored(accepted, created.size() - accepted,
                read.rejected().stream().map(r -> Map.entry(batch.get(r.index()).line(), r.errors())).toList());
    }

    private static <T> T withinQuota(Supplier<T> call) {
        while (true) {
            try {
                return call.get();
            } catch (QuotaExceeded e) {
                try {
                    Thread.sleep(Math.max(1, e.retryAfterSeconds()) * 1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the tenant's quota", interrupted);
                }
            }
        }
    }

    private void save(String id, String tenant, Progress progress, String status, String failure) {
        List<Bson> updates;
        synchronized (progress) {
            updates = new ArrayList<>(List.of(Updates.set("status", status), Updates.set("rows", progress.rows),
                    Updates.set("accepted", progress.accepted), Updates.set("duplicates", progress.duplicates),
                    Updates.set("rejected", progress.rejected), Updates.set("errors", List.copyOf(progress.errors)),
                    Updates.set("errorsTruncated", progress.rejectedRowsNotListed > 0), Updates.set("updatedAt", Docs.date(clock.instant()))));
        }
        if (!status.equals("RUNNING")) {
            updates.add(Updates.set("finishedAt", Docs.date(clock.instant())));
        }
        if (failure != null) {
            updates.add(Updates.set("failure", failure));
        }
        Bson running = Filters.and(key(tenant, id), Filters.eq("status", "RUNNING"));   // a late batch never reopens a finished import
        store.imports().updateOne(status.equals("RUNNING") ? running : key(tenant, id), Updates.combine(updates));
    }

    /**
     * An import saves its progress after every batch; one that has not for {@link #ABANDONED_AFTER}
     * lost its replica (a restart, a crash). Checked on every replica, so never at start-up alone:
     * another replica's import may still be running.
     */
    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void failAbandoned() {
        store.imports().updateMany(Filters.and(Filters.eq("status", "RUNNING"),
                        Filters.lt("updatedAt", Docs.date(clock.instant().minus(ABANDONED_AFTER)))),
                Updates.combine(Updates.set("status", "FAILED"),
                        Updates.set("failure", "Interrupted (the service restarted or stopped): post the file again; rows already"
                                + " imported count as duplicates"),
                        Updates.set("finishedAt", Docs.date(clock.instant()))));
    }

    void stop(@Observes ShutdownEvent stop) {
        worker.shutdownNow();
    }

    private static Bson key(String tenant, String id) {
        return Filters.and(Filters.eq("tenant", tenant), Filters.eq("_id", id));
    }

    /** Counts of an import so far, with the first row errors; batches on several threads add to it. */
    private static final class Progress {
        long rows;
        long accepted;
        long duplicates;
        long rejected;
        long rejectedRowsNotListed;
        final List<Document> errors = new ArrayList<>();

        synchronized long rows() {
            return rows;
        }

        /** A row read from the file: rejected here when it could not be parsed. */
        synchronized void row(ImportRows.Row row) {
            rows++;
            if (row.problem() != null) {
                reject(row.line(), List.of(new FieldError(null, row.problem())));
            }
        }

        synchronized void stored(long acceptedRows, long duplicateRows, List<Map.Entry<Long, List<FieldError>>> rejectedRows) {
            accepted += acceptedRows;
            duplicates += duplicateRows;
            rejectedRows.forEach(r -> reject(r.getKey(), r.getValue()));
        }

        private void reject(long line, List<FieldError> fieldErrors) {
            rejected++;
            if (errors.size() + fieldErrors.size() > MAX_ROW_ERRORS) {
                rejectedRowsNotListed++;
                return;
            }
            fieldErrors.forEach(e -> errors.add(new Document("line", line).append("field", e.field()).append("message", e.message())));
        }
    }
}
