package app.keystone.sandbox.site;

import app.keystone.sandbox.SandboxProfile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The sandbox's stand-in for Atlassian's install-key service: the PEM public key by kid, 404 otherwise. */
@RestController
@SandboxProfile
class InstallKeyController {

    private final SandboxSite site;

    InstallKeyController(SandboxSite site) {
        this.site = site;
    }

    @GetMapping("/sandbox/keys/{kid}")
    ResponseEntity<String> key(@PathVariable String kid) {
        if (!site.kid().equals(kid)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(site.publicKeyPem());
    }
}
