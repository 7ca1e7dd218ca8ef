package app.keystone.program.forecast;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Remembers forecasts by their inputs. A forecast is a pure function of (remaining, weekly throughput, trials, seed,
 * today, unit), so an unchanged program read again — the page's poll, the portfolio, the gadget — costs a lookup
 * instead of up to trials x 520 weeks of draws; any change to the inputs is simply another key. The key holds no
 * tenant data beyond those numbers, and the same numbers give the same answer for everyone.
 */
@Component
public class ForecastCache {

    private record Key(long remaining, List<Integer> weekly, int trials, long seed, LocalDate today, String unit) {
    }

    private final Cache<Key, MonteCarloForecast.Forecast> cache = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterAccess(Duration.ofHours(6)).build();

    public MonteCarloForecast.Forecast forecast(long remaining, List<Integer> weekly, int trials, long seed,
                                                LocalDate today, String unit) {
        Key key = new Key(remaining, List.copyOf(weekly), trials, seed, today, unit);
        return cache.get(key, k -> MonteCarloForecast.forecast(k.remaining(), k.weekly(), k.trials(), k.seed(),
                k.today(), k.unit()));
    }
}
