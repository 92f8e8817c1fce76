package dev.xxgk.benchmarks.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the peak heap use of each iteration, from the peak usage of the
 * JVM's heap memory pools, reset before the iteration: {@code heap.peak} is the sum of every heap
 * pool's peak (an upper bound of the heap ever in use at once, since the pools peak at different
 * times), and {@code heap.peak.old} the peak of the old generation alone, where whatever the
 * benchmark keeps alive ends up. Run with {@code -prof dev.xxgk.benchmarks.support.PeakHeapProfiler}.
 */
public final class PeakHeapProfiler implements InternalProfiler {

    private static final double MIB = 1024.0 * 1024.0;

    /** Made by JMH by reflection. */
    public PeakHeapProfiler() {
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
                .toList();
    }

    @Override
    public String getDescription() {
        return "peak heap use per iteration, from the heap memory pools' peak usage";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's own signature
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long sum = 0;
        long old = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            long peak = pool.getPeakUsage().getUsed();
            sum += peak;
            String name = pool.getName();
            if (name.contains("Old") || name.contains("Tenured")) {
                old = Math.max(old, peak);
            }
        }
        long max = Runtime.getRuntime().maxMemory();
        return List.of(
                new ScalarResult("heap.peak", sum / MIB, "MiB", AggregationPolicy.MAX),
                new ScalarResult("heap.peak.old", old / MIB, "MiB", AggregationPolicy.MAX),
                new ScalarResult("heap.max", max / MIB, "MiB", AggregationPolicy.MAX));
    }
}
