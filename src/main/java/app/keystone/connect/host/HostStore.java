package app.keystone.connect.host;

import com.atlassian.connect.spring.AtlassianHostRepository;

/** The Spring Data repository ACSB requires for its tenant records (table {@code atlassian_host}). */
public interface HostStore extends AtlassianHostRepository {
}
