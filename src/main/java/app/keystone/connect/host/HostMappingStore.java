package app.keystone.connect.host;

import com.atlassian.connect.spring.AtlassianHostMappingRepository;

/** The installationId -> clientKey repository ACSB 4.1 requires (table {@code atlassian_host_mapping}). */
public interface HostMappingStore extends AtlassianHostMappingRepository {
}
