/**
 * Program metrics: the numbers a program is judged by besides progress (JQL counts, mirror counts and sums, manual
 * values, cycle time and throughput), sampled daily and on demand, judged on or off track against a target, and
 * fed into program health.
 */
package app.keystone.program.metrics;
