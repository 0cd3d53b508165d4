package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("What erasing a customer removed in each service. A service that could not erase has null counts and a FAILED"
        + " receipt (and the answer an UNAVAILABLE error): call eraseCustomer again to complete it — services already done answer"
        + " their first receipt again")
public record Erasure(@Description("The erased customer") @Id String customerId,
                      @Description("Interactions removed (touchpoint-service); null when it could not erase") Integer interactions,
                      @Description("Stage-progress rows removed (touchpoint-service); null when it could not erase") Integer stageProgress,
                      @Description("Journeys whose progress the customer was part of; null when touchpoint-service could not erase") Integer journeys,
                      @Description("Survey responses removed (feedback-service); null when it could not erase") Integer responses,
                      @Description("Reviews removed (feedback-service); null when it could not erase") Integer reviews,
                      @Description("Follow-up cases removed (feedback-service); null when it could not erase") Integer followUps,
                      @NonNull @Description("True when every service erased the customer") Boolean complete,
                      @NonNull @Description("One receipt per service, touchpoint-service first") List<@NonNull Receipt> receipts) {

    @Description("Whether a service erased the customer")
    public enum ReceiptStatus { ERASED, FAILED }

    @Description("A service's receipt for an erasure: the audit record it keeps (who and how much, never whose data), or why it failed")
    public record Receipt(@NonNull @Description("touchpoint-service or feedback-service") String service,
                          @NonNull @Description("ERASED, or FAILED (see error)") ReceiptStatus status,
                          @Description("The id of the service's audit record (GET /audit/erasures); null when FAILED") @Id String auditId,
                          @Description("When the service erased (ISO-8601); null when FAILED") String erasedAt,
                          @NonNull @Description("True when the service had erased the customer before and nothing of them was left:"
                                  + " this is that erasure's receipt again") Boolean repeated,
                          @Description("Why the service could not erase; null when ERASED") String error) {

        public static Receipt erased(String service, String auditId, String erasedAt, boolean repeated) {
            return new Receipt(service, ReceiptStatus.ERASED, auditId, erasedAt, repeated, null);
        }

        public static Receipt failed(String service, String error) {
            return new Receipt(service, ReceiptStatus.FAILED, null, null, false, error);
        }
    }
}
