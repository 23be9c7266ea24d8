package org.liaisongraph.analysis;

import java.util.List;

import org.liaisongraph.liaison.LiaisonOfficer;
import org.liaisongraph.port.Port;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.Treaty;
import org.liaisongraph.source.Provenance;

/** What a port is exposed to, and the cooperation in place there, on one date. */
record PortExposure(Port port, State state, List<PortExposureCall> calls, List<Port> originPorts,
		List<State> originStates, List<PortExposureYear> seizuresByYear, List<LiaisonOfficer> liaisonOfficers,
		List<Treaty> treaties, List<UsedFact> facts) {

	/** The weakest grade of the facts the row used. */
	public String grade() {
		return UsedFact.grade(facts);
	}

	public boolean illustrative() {
		return Provenance.illustrative(grade());
	}

}
