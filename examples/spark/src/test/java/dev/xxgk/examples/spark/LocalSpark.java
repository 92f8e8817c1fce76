package dev.xxgk.examples.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session in local mode on two cores, on the loopback address only, without web UI. */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession session() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("xxgk test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.files.openCostInBytes", CorpusJob.OPEN_COST)
                .getOrCreate();
    }
}
