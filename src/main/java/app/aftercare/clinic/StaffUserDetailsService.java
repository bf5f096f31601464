package app.aftercare.clinic;

import app.aftercare.security.StaffPrincipal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs staff in by email; the principal carries plain values, so security never sees a
 * {@link StaffMember}.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final ClinicService clinicService;

	StaffUserDetailsService(ClinicService clinicService) {
		this.clinicService = clinicService;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.clinicService.findForLogin(email)
			.map(StaffUserDetailsService::principal)
			.orElseThrow(() -> new UsernameNotFoundException("No staff member with that email"));
	}

	static StaffPrincipal principal(StaffMember staffMember) {
		return new StaffPrincipal(staffMember.getId(), staffMember.getClinic().getId(), staffMember.getName(),
				staffMember.getEmail(), staffMember.getRole(), staffMember.isEnabled(), staffMember.getPasswordHash());
	}

}
