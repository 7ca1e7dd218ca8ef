package app.keystone.connect.view;

import app.keystone.shared.KeystoneProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves the HTML of each view Jira loads in an iframe. The load itself is authenticated by ACSB (a JWT in
 * the {@code jwt} parameter whose qsh covers the context parameters, so they cannot be tampered with); the
 * page then loads Atlassian's all.js from {@code atlassian.connect.all-js-url} (the sandbox serves its own)
 * and calls Keystone's API with context tokens.
 */
@RestController
class ViewController {

    private final String allJsUrl;
    private final Map<ViewEntry, String> pages = new ConcurrentHashMap<>();

    ViewController(@Value("${atlassian.connect.all-js-url:https://connect-cdn.atl-paas.net/all.js}") String allJsUrl) {
        this.allJsUrl = allJsUrl;
    }

    @GetMapping("/views/{name}")
    ResponseEntity<String> view(@PathVariable String name) {
        ViewEntry entry = ViewEntry.byPath(name).orElseThrow(() -> new KeystoneProblem(404, "VIEW_NOT_FOUND",
                "No such view", "Keystone has no view named '" + name + "'."));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(pages.computeIfAbsent(entry, this::render));
    }

    private String render(ViewEntry entry) {
        String html = read("frontend/" + entry.path() + ".html");
        String script = "<script src=\"" + HtmlUtils.htmlEscape(allJsUrl) + "\""
                + (entry.allJsOptions().isEmpty() ? "" : " data-options=\"" + entry.allJsOptions() + "\"")
                + "></script>";
        return html.replace("</head>", script + "\n</head>");
    }

    private static String read(String location) {
        ClassPathResource resource = new ClassPathResource(location);
        if (!resource.exists()) {
            throw new KeystoneProblem(503, "VIEWS_NOT_BUILT", "Views not built",
                    "This build of Keystone was made without its frontend (-Dfrontend.skip).");
        }
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + location, e);
        }
    }
}
