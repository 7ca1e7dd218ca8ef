package app.keystone.connect.lifecycle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of Jira's enabled/disabled callback Keystone reads; Jira adds fields without notice. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LifecyclePayload(String clientKey, String eventType) {
}
