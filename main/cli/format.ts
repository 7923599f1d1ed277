/** "sam.jones (Sam Jones)", or just "sam" when no full name was given and it would only repeat the user name. */
export function nameAndFullName(user: { username: string; displayName: string }): string {
  return user.displayName === user.username ? user.username : `${user.username} (${user.displayName})`;
}
