package app.aftercare.clinic;

public enum Role {

	ADMIN, PHYSIO

}
