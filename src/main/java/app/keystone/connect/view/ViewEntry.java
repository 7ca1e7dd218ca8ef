package app.keystone.connect.view;

import java.util.Arrays;
import java.util.Optional;

/**
 * The views Jira embeds, one per descriptor module, each a Vite entry ({@code frontend/<name>.html}).
 * Full pages fill the iframe (sizeToParent); the issue panel and gadget resize to their content.
 */
enum ViewEntry {
    ISSUE_PANEL("issue-panel", false),
    PROGRAM_PAGE("program-page", true),
    PORTFOLIO("portfolio", true),
    RISK_REGISTER("risk-register", true),
    MY_WORK("my-work", true),
    ADMIN("admin", true),
    GADGET("gadget", false);

    private final String path;
    private final boolean fullPage;

    ViewEntry(String path, boolean fullPage) {
        this.path = path;
        this.fullPage = fullPage;
    }

    String path() {
        return path;
    }

    String allJsOptions() {
        return fullPage ? "sizeToParent:true;hideFooter:true" : "";
    }

    static Optional<ViewEntry> byPath(String path) {
        return Arrays.stream(values()).filter(v -> v.path.equals(path)).findFirst();
    }
}
