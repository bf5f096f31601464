package app.aftercare.security;

public enum Role {

	ADMIN, PHYSIO

}
