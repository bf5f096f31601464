package app.aftercare.patient;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Builds the search with one condition per word. Each condition is a prefix {@code LIKE}
 * on a {@code text_pattern_ops} index, so it stays fast on large clinics.
 */
class PatientSearchImpl implements PatientSearch {

	private final EntityManager entityManager;

	PatientSearchImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public long countMatching(Long clinicId, List<String> tokens) {
		TypedQuery<Long> query = this.entityManager.createQuery("select count(p) from Patient p where " + where(tokens),
				Long.class);
		bind(query, clinicId, tokens);
		return query.getSingleResult();
	}

	@Override
	public List<Patient> findMatching(Long clinicId, List<String> tokens, int offset, int limit) {
		TypedQuery<Patient> query = this.entityManager.createQuery("select p from Patient p where " + where(tokens)
				+ " order by p.searchLastName, p.searchFirstName, p.id", Patient.class);
		bind(query, clinicId, tokens);
		return query.setFirstResult(offset).setMaxResults(limit).getResultList();
	}

	private static String where(List<String> tokens) {
		StringBuilder where = new StringBuilder("p.clinicId = :clinicId and p.erasedAt is null");
		for (int i = 0; i < tokens.size(); i++) {
			where.append(" and (p.searchFirstName like :token")
				.append(i)
				.append(" escape '\\' or p.searchLastName like :token")
				.append(i)
				.append(" escape '\\')");
		}
		return where.toString();
	}

	private static void bind(TypedQuery<?> query, Long clinicId, List<String> tokens) {
		query.setParameter("clinicId", clinicId);
		for (int i = 0; i < tokens.size(); i++) {
			query.setParameter("token" + i, SearchText.startsWith(tokens.get(i)));
		}
	}

}
