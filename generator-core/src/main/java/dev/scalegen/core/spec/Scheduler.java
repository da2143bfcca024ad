package dev.scalegen.core.spec;

/**
 * {@code scheduler}: how the CronJobs of schedules run. {@code image} is {@code null} when left out
 * (the compiler then uses {@code registry.k8s.io/kubectl} at the target Kubernetes minor).
 */
public record Scheduler(String image) {}
