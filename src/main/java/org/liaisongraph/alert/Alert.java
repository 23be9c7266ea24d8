package org.liaisongraph.alert;

import java.time.LocalDate;

/**
 * Something to act on.
 *
 * @param on           the day it happens or happened (a treaty's date, a posting's last day, a review date,
 *                     a seizure, the publication of a score)
 * @param subject      what it is about, in a few words (a treaty's title, a port, a state and its scores)
 * @param amount       the kg seized, or the points a score fell; null for the others
 * @param illustrative it rests on a fact invented for illustration: never a finding
 */
public record Alert(AlertKind kind, LocalDate on, String entityType, String entityKey, String subject, Double amount,
		boolean illustrative) {
}
