import type { SignInRequest } from '../../api/signin/sign-in';

/** What the sign-in forms need from the page: send the request, and whether it is pending or failed. */
export type SignInSubmit = {
  run: (request: SignInRequest, rememberAccount?: string) => void;
  pending: boolean;
  failed: boolean;
};
