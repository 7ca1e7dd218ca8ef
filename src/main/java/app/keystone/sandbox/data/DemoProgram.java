package app.keystone.sandbox.data;

import java.util.List;

/**
 * The hand-written content of the demo site: the "Checkout 2.0 launch" program. Story lines read
 * {@code type|status|summary} (S story, T task, B bug, - sub-task of the line above; status todo, prog,
 * rev, done), so progress and blockers are chosen on purpose rather than left to chance.
 */
final class DemoProgram {

    record Project(long id, String key, String name, int lead) {
    }

    record Initiative(String project, String summary, String status) {
    }

    record Epic(String project, String summary, int initiative, List<String> children) {
    }

    record Block(String blocker, String blocked) {
    }

    static final List<Project> PROJECTS = List.of(
            new Project(10000, "WEB", "Web storefront", 0),
            new Project(10001, "MOB", "Mobile app", 2),
            new Project(10002, "PAY", "Payments", 1),
            new Project(10003, "PLAT", "Platform", 3));

    static final List<Initiative> INITIATIVES = List.of(
            new Initiative("PLAT", "Checkout 2.0 launch", "prog"),
            new Initiative("PAY", "Strong customer authentication compliance", "prog"));

    static final List<Epic> EPICS = List.of(
            new Epic("PLAT", "Checkout service API", 0, List.of(
                    "S|done|Define checkout session schema",
                    "S|done|Expose checkout session API",
                    "-|done|Write OpenAPI description",
                    "-|done|Contract tests for session endpoints",
                    "S|rev|Idempotency keys for order placement",
                    "T|prog|Rate limiting for checkout endpoints",
                    "B|todo|Session expiry returns 500 instead of 410")),
            new Epic("PLAT", "Observability for checkout", 0, List.of(
                    "T|done|Checkout funnel dashboards",
                    "T|prog|Trace ids across web, mobile and payments",
                    "S|todo|Alert on payment authorisation error rate",
                    "T|todo|Load test checkout at 3x Black Friday peak")),
            new Epic("WEB", "One-page checkout", 0, List.of(
                    "S|done|Single-page checkout layout",
                    "S|prog|Call checkout session API from one-page checkout",
                    "-|done|Replace cart polling with session events",
                    "-|prog|Error states for expired sessions",
                    "S|rev|Inline address validation",
                    "B|prog|Totals flicker when shipping method changes",
                    "S|todo|Order confirmation page redesign")),
            new Epic("WEB", "Guest checkout", 0, List.of(
                    "S|done|Guest checkout without account",
                    "S|todo|Offer account creation after purchase",
                    "T|todo|Accessibility audit of checkout forms",
                    "B|done|Guest email not prefilled on return")),
            new Epic("MOB", "Native checkout on iOS", 0, List.of(
                    "S|prog|Native checkout screen (iOS)",
                    "-|done|SwiftUI payment sheet",
                    "-|todo|Snapshot tests for payment sheet",
                    "S|todo|Apple Pay button on product page",
                    "B|prog|Keyboard hides card field on iPhone SE",
                    "T|todo|App Store review notes for new checkout")),
            new Epic("MOB", "Android checkout parity", 0, List.of(
                    "S|todo|Native checkout screen (Android)",
                    "S|todo|Google Pay integration in app",
                    "T|prog|Shared checkout view models for Kotlin Multiplatform",
                    "B|todo|Back button loses cart on Android 14")),
            new Epic("PAY", "Card payments hardening", 0, List.of(
                    "S|done|Retry card capture on 502",
                    "S|prog|Switch capture to async",
                    "T|rev|Provision PSP sandbox credentials",
                    "B|prog|Duplicate authorisations on double submit",
                    "S|todo|Refund API for partial returns")),
            new Epic("PAY", "Wallets: Apple Pay and Google Pay", 0, List.of(
                    "S|prog|Apple Pay merchant validation endpoint",
                    "S|todo|Google Pay tokenisation",
                    "T|done|Register wallet merchant ids",
                    "S|todo|Wallet payments in order history")),
            new Epic("PAY", "3-D Secure 2 rollout", 1, List.of(
                    "S|done|3DS2 challenge flow on web",
                    "S|prog|3DS2 frictionless flow data",
                    "-|prog|Send device data to issuer",
                    "S|todo|3DS2 in the mobile SDKs",
                    "T|todo|Exemption rules for low-value payments")));

    static final List<Block> BLOCKS = List.of(
            new Block("Expose checkout session API", "Call checkout session API from one-page checkout"),
            new Block("Idempotency keys for order placement", "Duplicate authorisations on double submit"),
            new Block("Switch capture to async", "Native checkout screen (iOS)"),
            new Block("Switch capture to async", "Native checkout screen (Android)"),
            new Block("Apple Pay merchant validation endpoint", "Apple Pay button on product page"),
            new Block("Google Pay tokenisation", "Google Pay integration in app"),
            new Block("Trace ids across web, mobile and payments", "Alert on payment authorisation error rate"),
            new Block("Provision PSP sandbox credentials", "Refund API for partial returns"),
            new Block("3DS2 frictionless flow data", "3DS2 in the mobile SDKs"));

    private DemoProgram() {
    }

    static long status(String code) {
        return switch (code) {
            case "todo" -> Catalog.TO_DO;
            case "prog" -> Catalog.IN_PROGRESS;
            case "rev" -> Catalog.IN_REVIEW;
            case "done" -> Catalog.DONE;
            default -> throw new IllegalArgumentException(code);
        };
    }

    static List<String> labels(String project, long type, String epicSummary) {
        String area = switch (project) {
            case "WEB" -> "frontend";
            case "MOB" -> epicSummary.contains("Android") ? "android" : "ios";
            default -> "backend";
        };
        return type == Catalog.INITIATIVE ? List.of("checkout-2") : List.of("checkout-2", area);
    }
}
