package app.keystone.connect.web;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * ACSB's descriptor loader reads {@code atlassian-connect.json} from the classpath, resolves its placeholders
 * against the whole Environment and parses it — on every request, because its filters ask whether the request
 * is a lifecycle callback. Neither the file nor the configuration changes while Keystone runs, so the loader's
 * two answers are computed once (measured: about a tenth of a webhook's CPU). A proxy, because ACSB's
 * internals are not on Keystone's compile classpath.
 */
@Component
class DescriptorLoaderCache implements BeanPostProcessor {

    static final String ACSB_DESCRIPTOR_LOADER = "addonDescriptorLoader";
    private static final Set<String> CACHED = Set.of("getDescriptor", "getRawDescriptor");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!ACSB_DESCRIPTOR_LOADER.equals(beanName)) {
            return bean;
        }
        Map<String, Object> answers = new ConcurrentHashMap<>();
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            String method = invocation.getMethod().getName();
            if (invocation.getArguments().length == 0 && CACHED.contains(method)) {
                Object cached = answers.get(method);
                if (cached == null) {
                    cached = invocation.proceed();
                    answers.put(method, cached);
                }
                return cached;
            }
            return invocation.proceed();
        });
        return proxy.getProxy(bean.getClass().getClassLoader());
    }
}
