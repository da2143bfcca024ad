/**
 * What a spec means before it is applied, for people: the capacity and cost report, the
 * operators' runbook and the charts of the HPA simulation. Reads what generator-core resolved and
 * compiled; like the core, it returns values and never prints or exits.
 */
package dev.scalegen.report;
