package app.aftercare.security;

import app.aftercare.clinic.ClinicService;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class StaffUserDetailsService implements UserDetailsService {

	private final ClinicService clinicService;

	StaffUserDetailsService(ClinicService clinicService) {
		this.clinicService = clinicService;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.clinicService.findForLogin(email)
			.map(StaffPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("No staff member with that email"));
	}

}
