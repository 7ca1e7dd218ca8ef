package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The site's side of Atlassian's personal data reporting: which accounts to answer {@code closed} or
 * {@code updated} for (switched from the shell or a test), and which accountIds the app reported, call by call.
 * An {@code updated} answer is given only while the app's {@code updatedAt} is older than the switch, as
 * Atlassian answers only for profiles changed since the app last refreshed them.
 */
@Component
@SandboxProfile
public class AccountReports {

    public enum Status { closed, updated }

    private record Answer(Status status, Instant since) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<List<String>> received = new ArrayList<>();

    public void answer(String accountId, Status status) {
        answers.put(accountId, new Answer(status, Instant.now()));
    }

    public void clear(String accountId) {
        answers.remove(accountId);
    }

    public synchronized void reset() {
        answers.clear();
        received.clear();
    }

    /** The accountIds of each report call so far, oldest first. */
    public synchronized List<List<String>> received() {
        return received.stream().map(List::copyOf).toList();
    }

    synchronized Status report(String accountId, Instant updatedAt, List<String> call) {
        call.add(accountId);
        Answer a = answers.get(accountId);
        if (a == null || (a.status() == Status.updated && !updatedAt.isBefore(a.since()))) {
            return null;
        }
        return a.status();
    }

    synchronized void record(List<String> call) {
        received.add(List.copyOf(call));
    }
}
