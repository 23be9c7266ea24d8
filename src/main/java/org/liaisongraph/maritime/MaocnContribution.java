package org.liaisongraph.maritime;

import java.util.List;

import org.liaisongraph.route.Seizure;
import org.liaisongraph.source.Source;
import org.liaisongraph.state.State;

/**
 * A state's part in MAOC-N in a year: whether it takes part and with how many staff, the asset-days
 * and hours of its deployments under MAOC-N coordination, its assets' detections, the cases it
 * intercepted or was asked to, and what they led to, with the sources behind them.
 *
 * @param leftOut    deployments still operational that a user not cleared does not see, left out
 * @param grade      the weakest source of everything counted
 * @param staffGrade the weakest source of the participations the staff is counted from
 */
public record MaocnContribution(State state, int year, boolean member, Integer staff, long assetDays, long hours,
		int detections, List<MaocnCase> cases, int interceptions, List<Seizure> seizures, double seizedKg,
		List<Deployment> deployments, int leftOut, List<Source> sources, String grade, boolean illustrative,
		String staffGrade) {
}
